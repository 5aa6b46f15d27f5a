using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.EmailCampaigns.Sending;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// An audience larger than a page is read page by page by id (the primary key's index, no sort per page) and still becomes
/// every customer's recipient row exactly once, numbered in the order the customers were created — also when their ids
/// do not follow that order, as under the tests' clock or within one millisecond.
/// </summary>
public sealed class AudiencePagingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_audience_of_several_pages_is_materialised_completely_once_in_creation_order(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        // Seven customers made one after another whose ids run backwards: the last made has the smallest id.
        var made = new List<ContentItem>();
        string[] emails = ["a@customer.example", "b@customer.example", "c@customer.example", "A@customer.example", "d@customer.example", "e@customer.example", "f@customer.example"];
        for (var i = 0; i < emails.Length; i++)
        {
            var id = Ulid.NewUlid(CrmRecipeHost.Start.AddDays(30 - i)).ToString();
            var values = new JsonObject { ["Name"] = $"고객{i}", ["Stage"] = "Customer", ["Email"] = emails[i], ["EmailOptOut"] = i == 5 };
            made.Add(await crm.RunAsync(s => s.GetRequiredService<ContentManager>().CreateAsync("Customer", values, id: id)));
            crm.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        Assert.Equal(made.Select(c => c.Id).Reverse(), made.Select(c => c.Id).Order(StringComparer.Ordinal));
        await crm.CustomerAsync("잠재고객", "prospect@customer.example", stage: "Prospect"); // not in the audience
        var campaign = await crm.CampaignAsync();

        Assert.Equal(7, await MaterializeAsync(crm, campaign));

        var rows = (await crm.RecipientsAsync(campaign)).OrderBy(r => r.Position).ToList();
        Assert.Equal(made.Select(c => c.Id), rows.Select(r => r.CustomerId));
        Assert.Equal(Enumerable.Range(0, 7), rows.Select(r => r.Position));
        // The first made keeps a shared address (the fourth repeats the first's); the sixth opted out.
        Assert.Equal(
            ["Pending", "Pending", "Pending", $"Skipped {SkipReasons.DuplicateAddress}", "Pending", $"Skipped {SkipReasons.OptedOut}", "Pending"],
            rows.Select(r => r.Reason is null ? r.Status : $"{r.Status} {r.Reason}"));
        Assert.Equal(7, await crm.ScalarAsync<long>("SELECT audience_count FROM email_campaign_runs WHERE campaign_id = @id", new { id = campaign.Id }));

        // Materialised once: a second attempt finds the run and writes nothing.
        Assert.Null(await MaterializeAsync(crm, campaign));
        Assert.Equal(7, (await crm.RecipientsAsync(campaign)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_of_the_audience_seeks_the_primary_key_after_the_cursor(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        for (var i = 0; i < 3; i++) await crm.CustomerAsync($"고객{i}", $"c{i}@customer.example");
        var sql = await crm.RunAsync(async s =>
        {
            var materializer = Paged(s, pageSize: 2);
            var saved = (await s.GetRequiredService<SavedQueries>().GetAsync(EmailCampaignTestData.Audience))!;
            var query = s.GetRequiredService<ContentQuery>();
            var first = await query.QueryAsync(materializer.PageRequest(saved, null));
            return (await query.CompileAsync(materializer.PageRequest(saved, first.NextCursor))).Sql;
        });
        // The bare comparison on the NOT NULL key, which the database seeks in its index (no "OR id IS NULL" that makes
        // PostgreSQL filter the index from its start on every page), and no sort by anything but the key.
        Assert.Matches(@"AND \(\(id > [@:]\w+\)\) ORDER BY id LIMIT", sql);
    }

    private static Task<int?> MaterializeAsync(CrmRecipeHost crm, ContentItem campaign) => crm.RunAsync(async s =>
    {
        var db = s.GetRequiredService<TenantDb>();
        await using var transaction = await db.BeginTransactionAsync();
        var size = await Paged(s, pageSize: 2).MaterializeAsync(campaign, crm.Clock.GetUtcNow(), CancellationToken.None);
        await transaction.CommitAsync();
        return size;
    });

    private static AudienceMaterializer Paged(IServiceProvider s, int pageSize) => new(
        s.GetRequiredService<SavedQueries>(), s.GetRequiredService<ContentQuery>(), s.GetRequiredService<RecipientStore>(), s.GetServices<IRecipientListener>())
    {
        PageSize = pageSize,
    };
}
