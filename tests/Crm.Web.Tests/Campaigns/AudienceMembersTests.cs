using Crm.Campaigns.Services;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Campaigns;

/// <summary>Customers become a campaign's members once each, and all of them or none: a refused one stops the whole batch.</summary>
public sealed class AudienceMembersTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customers_become_members_once_each_and_none_when_one_is_refused(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignFixture.CampaignAsync(crm, "Expo", "expo", "TradeShow", 30);
        var a = (await crm.CreateAsync("Customer", """{ "Name": "a" }""")).Id;
        var b = (await crm.CreateAsync("Customer", """{ "Name": "b" }""")).Id;
        Task<int> AddAsync(params string[] customers) =>
            crm.RunAsync(s => s.GetRequiredService<AudienceMembers>().AddCustomersAsync(campaign, customers, CancellationToken.None));

        Assert.Equal(2, await AddAsync(a, b, a.ToLowerInvariant()));
        Assert.Equal(0, await AddAsync(b, a));

        var c = (await crm.CreateAsync("Customer", """{ "Name": "c" }""")).Id;
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => AddAsync(c, "01ZZZZZZZZZZZZZZZZZZZZZZZZ"));
        Assert.Contains(refused.Errors, e => e.Field == "Customer");
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), (await crm.ItemsAsync("CampaignMember")).Select(m => m.Text("Customer")!).Order(StringComparer.Ordinal));
    }
}
