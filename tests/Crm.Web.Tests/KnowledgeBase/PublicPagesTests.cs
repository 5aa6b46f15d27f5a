using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>The public help pages: no sign-in, published public articles only, per tenant, 404 where the feature is off.</summary>
public sealed class PublicPagesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visitors_see_published_public_articles_by_category_and_never_internal_ones_or_drafts(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var billing = await crm.CategoryAsync("결제와 환불", 2);
        var account = await crm.CategoryAsync("계정", 1);
        var refund = await crm.ArticleAsync("환불 기간", "카드 환불은 **3일** 걸립니다.<script>alert('x')</script>", category: billing.Id, tags: "환불");
        var password = await crm.ArticleAsync("비밀번호 재설정", "로그인 화면에서 재설정하세요.", category: account.Id);
        var loose = await crm.ArticleAsync("Contact us", "Write to help@example.com.");
        var secret = await crm.ArticleAsync("환불 승인 한도", "상담원은 30만 원까지 환불을 승인합니다.", visibility: "Internal", category: billing.Id);
        var draft = await crm.ArticleAsync("환불 초안", "아직 쓰는 중인 환불 안내.", published: false, category: billing.Id);
        var visitor = crm.Host.Browser();

        var index = await visitor.GetStringAsync("/kb");
        Assert.True(index.IndexOf("계정", StringComparison.Ordinal) < index.IndexOf("결제와 환불", StringComparison.Ordinal), "categories in their order");
        Assert.Contains($"/kb/{refund.Id}", index);
        Assert.Contains($"/kb/{password.Id}", index);
        Assert.Contains($"/kb/{loose.Id}", index);
        Assert.Contains("Other articles", index);
        Assert.DoesNotContain(secret.Id, index);
        Assert.DoesNotContain(draft.Id, index);

        var found = await visitor.GetStringAsync("/kb?q=" + Uri.EscapeDataString("환불"));
        Assert.Contains($"/kb/{refund.Id}", found);
        Assert.Contains("<mark>환불은</mark>", found);
        Assert.DoesNotContain(secret.Id, found);
        Assert.DoesNotContain(draft.Id, found);
        Assert.Contains("No article matches", await visitor.GetStringAsync("/kb?q=" + Uri.EscapeDataString("\"NEAR(* -")));
        Assert.DoesNotContain($"/kb/{refund.Id}", await visitor.GetStringAsync($"/kb?q=%ED%99%98%EB%B6%88&category={account.Id}"));

        var page = await visitor.GetStringAsync($"/kb/{refund.Id}");
        Assert.Contains("<strong>3일</strong>", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("Was this helpful?", page);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/kb/{secret.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/kb/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/kb/not-an-article")).StatusCode);

        await crm.ChangeAsync(refund.Id, (m, a) => m.DeleteAsync(a.Id, a.Version));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/kb/{refund.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_search_internal_articles_in_the_admin_and_others_are_refused(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var secret = await crm.ArticleAsync("Refund limits", "Agents approve refunds up to 300,000 won.", visibility: "Internal");
        var (agent, _) = await crm.StaffAsync("agent.kim", "Agent");

        var results = await agent.GetStringAsync("/admin/kb?q=refund");
        Assert.Contains($"/admin/kb/{secret.Id}", results);
        Assert.Contains("<mark>refunds</mark>", results);
        Assert.Contains("Knowledge base", await agent.GetStringAsync("/admin"));
        Assert.Contains("300,000 won", await agent.GetStringAsync($"/admin/kb/{secret.Id}"));

        var visitor = crm.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/admin/kb?q=refund")).StatusCode); // to the sign-in page
        Assert.DoesNotContain(secret.Id, await visitor.GetStringAsync("/kb?q=refund"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_that_has_not_enabled_the_knowledge_base_answers_404_and_one_that_enables_it_gets_its_own_pages(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider); // the default tenant from the platform recipe: no knowledge base
        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        var visitor = host.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/kb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/acme/kb")).StatusCode);

        await host.InTenantAsync("acme", s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.KnowledgeBase"]));
        string id = "";
        await host.InTenantAsync("acme", async s => id = (await s.GetRequiredService<ContentManager>().CreateAsync("Article",
            new JsonObject { ["Title"] = "Acme returns", ["Body"] = "Send it back within 14 days.", ["Visibility"] = "Public", ["Published"] = true })).Id);

        Assert.Contains($"/acme/kb/{id}", await visitor.GetStringAsync("/acme/kb?q=returns"));
        Assert.Contains("14 days", await visitor.GetStringAsync($"/acme/kb/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/kb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/kb/{id}")).StatusCode);

        await host.InTenantAsync("acme", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.KnowledgeBase"]));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/acme/kb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/acme/kb/{id}")).StatusCode);
    }
}
