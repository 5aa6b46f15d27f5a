using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>searchArticles in the tenant's GraphQL schema: staff get internal articles, others public ones only.</summary>
public sealed class ArticleSearchGraphQLTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_articles_returns_ranked_hits_with_snippets_by_the_callers_rights(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var category = await crm.CategoryAsync("Billing");
        var open = await crm.ArticleAsync("Refunds", "Refunds <b>take</b> five days.", category: category.Id);
        var secret = await crm.ArticleAsync("Refund limits", "Agents approve refunds up to a limit.", visibility: "Internal");
        const string query = "query($text: String!, $first: Int) { searchArticles(text: $text, first: $first) { id title category visibility snippet snippetHtml } }";

        var admin = new GraphQLClient(crm.Host.CreateClient(), CrmTestHost.AdminApiKey);
        var hits = (await admin.PostAsync(query, new { text = "refund", first = 10 })).Json!["data"]!["searchArticles"]!.AsArray();
        Assert.Equal(new[] { open.Id, secret.Id }.Order(), hits.Select(h => h!["id"]!.GetValue<string>()).Order());
        var openHit = hits.Single(h => h!["id"]!.GetValue<string>() == open.Id)!;
        Assert.Equal((category.Id, "Public"), (openHit["category"]!.GetValue<string>(), openHit["visibility"]!.GetValue<string>()));
        Assert.Equal("Internal", hits.Single(h => h!["id"]!.GetValue<string>() == secret.Id)!["visibility"]!.GetValue<string>());
        Assert.Contains("<mark>Refunds</mark>", openHit["snippetHtml"]!.GetValue<string>());
        Assert.DoesNotContain("<b>", openHit["snippetHtml"]!.GetValue<string>());
        Assert.Contains("five days", openHit["snippet"]!.GetValue<string>());

        var (marketer, _) = await crm.StaffAsync("marketer.lee", "Marketer");
        await crm.RunAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(
                """{ "name": "roles", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Integration", "Permissions": [ "AccessGraphQL" ] } ] } ] }""", "roles"), CancellationToken.None);
            return true;
        });
        var withoutRights = await crm.StaffAsync("partner.park", "Integration");
        var others = (await new GraphQLClient(withoutRights.Browser, null).PostAsync(query, new { text = "refund" })).Json!["data"]!["searchArticles"]!.AsArray();
        Assert.Equal([open.Id], others.Select(h => h!["id"]!.GetValue<string>()));
        var staff = (await new GraphQLClient(marketer, null).PostAsync(query, new { text = "refund" })).Json!["data"]!["searchArticles"]!.AsArray();
        Assert.Equal(2, staff.Count);

        var tooMany = await admin.PostAsync(query, new { text = "refund", first = 500 });
        Assert.Equal("INVALID_ARGUMENT", tooMany.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Empty((await admin.PostAsync(query, new { text = "\"NEAR(*" })).Json!["data"]!["searchArticles"]!.AsArray());
    }

}
