using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>A ticket's page suggests the articles that match its subject and description, for staff who may read every article.</summary>
public sealed class SuggestedArticlesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_sees_published_articles_matching_any_word_of_the_ticket_while_the_knowledge_base_is_on(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.ArticleAsync("카드 환불 기간", "카드 환불은 3~5 영업일 걸립니다.");
        await crm.ArticleAsync("환불 승인 한도", "상담원은 30만 원까지 환불합니다.", visibility: "Internal");
        await crm.ArticleAsync("환불 초안", "아직 쓰는 중입니다.", published: false);
        await crm.ArticleAsync("배송 조회", "운송장 번호로 조회합니다.");
        var ticket = await crm.CreateAsync("Ticket", """{ "Subject": "지난주 주문 환불 요청", "Description": "카드로 결제했는데 언제 들어오나요?" }""");
        var (agent, _) = await crm.StaffAsync("jisoo", "Agent");

        var page = await agent.GetStringAsync($"/contents/Ticket/{ticket.Id}");

        var panel = Panel(page, "suggested-articles");
        Assert.Contains("카드 환불 기간", panel);
        Assert.Contains("환불 승인 한도", panel); // internal articles are for staff
        Assert.DoesNotContain("환불 초안", panel); // drafts are not
        Assert.DoesNotContain("배송 조회", panel); // no word in common
        Assert.Contains("/admin/kb?q=", panel);

        var customer = await crm.CreateAsync("Customer", """{ "Name": "환불 고객", "Stage": "Customer" }""");
        Assert.DoesNotContain("data-item-panel", await agent.GetStringAsync($"/contents/Customer/{customer.Id}")); // tickets only
        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.KnowledgeBase"]));
        Assert.DoesNotContain("data-item-panel", await agent.GetStringAsync($"/contents/Ticket/{ticket.Id}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_ticket_no_article_matches_says_so_instead_of_an_empty_card(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.ArticleAsync("배송 조회", "운송장 번호로 조회합니다.");
        var ticket = await crm.CreateAsync("Ticket", """{ "Subject": "\"*(OR) -- ;", "Description": "" }""");
        var (agent, _) = await crm.StaffAsync("jisoo", "Agent");

        var panel = Panel(await agent.GetStringAsync($"/contents/Ticket/{ticket.Id}"), "suggested-articles");

        Assert.Contains("No article matches this ticket", panel.Replace("&#x27;", "'"));
    }

    private static string Panel(string page, string name)
    {
        var start = page.IndexOf($"data-item-panel=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no '{name}' panel.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
