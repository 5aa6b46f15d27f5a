using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// The recipe's unique Campaign.Code and unique CampaignMember (Campaign, Customer), held by the database: racing writers,
/// the recycle bin, and the API's error path.
/// </summary>
public sealed class CampaignUniquenessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_marketers_saving_the_same_code_at_once_store_one_campaign(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                return (Id: await CampaignAsync(crm, $"Spring {i}", "SPRING26", "Email", 90), Error: (ContentValidationException?)null);
            }
            catch (ContentValidationException e)
            {
                return (Id: (string?)null, Error: e);
            }
        })));

        var stored = Assert.Single(outcomes, o => o.Id is not null);
        var refused = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal("Code", Assert.Single(refused.Errors).Field);
        Assert.StartsWith("'SPRING26' is already used by", refused.Errors[0].Problem.Message);
        Assert.Equal(stored.Id, Assert.Single(await crm.ItemsAsync("Campaign")).Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_customer_is_a_member_of_a_campaign_once_until_the_membership_is_deleted(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var spring = await CampaignAsync(crm, "Spring", "spring", "Email", 90);
        var autumn = await CampaignAsync(crm, "Autumn", "autumn", "Email", 90);
        var ann = (await crm.CreateAsync("Customer", """{ "Name": "Ann" }""")).Id;
        string Member(string campaign) => new JsonObject { ["Campaign"] = campaign, ["Customer"] = ann }.ToJsonString();
        var member = await crm.CreateAsync("CampaignMember", Member(spring));
        await crm.CreateAsync("CampaignMember", Member(autumn)); // another campaign: fine

        var twice = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("CampaignMember", Member(spring)));
        Assert.Equal([$"Customer: '{ann}' together with Campaign '{spring}' is already used by 'Member' ({member.Id})"], twice.Errors.Select(e => e.ToString()));

        await crm.RunAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ContentManager>(s).DeleteAsync(member.Id, member.Version));
        var again = await crm.CreateAsync("CampaignMember", Member(spring));
        Assert.Equal(2, (await crm.ItemsAsync("CampaignMember")).Count);
        Assert.NotEqual(member.Id, again.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_api_answers_a_taken_code_with_a_validation_error_at_the_codes_input_path(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CampaignAsync(crm, "Spring", "spring", "Email", 90);
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");
        var api = new GraphQLClient(marketer, null);

        var answer = await api.PostAsync("""mutation { createCampaign(input: { name: "Spring again", code: "Spring", channel: EMAIL }) { id } }""");
        var unique = await api.DataAsync("""{ contentTypes { name uniqueKeys { name fields } fields { name unique } } }""");

        var error = Assert.Single(answer.Errors);
        Assert.Equal("input.code", error["extensions"]!["field"]!.GetValue<string>());
        Assert.StartsWith("Code: 'Spring' is already used by 'Spring' (", error["message"]!.GetValue<string>());
        var types = unique["contentTypes"]!.AsArray();
        var campaign = types.Single(t => t!["name"]!.GetValue<string>() == "Campaign")!;
        Assert.True(campaign["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Code")!["unique"]!.GetValue<bool>());
        var member = types.Single(t => t!["name"]!.GetValue<string>() == "CampaignMember")!;
        Assert.Equal("""[{"name":"CampaignCustomer","fields":["Campaign","Customer"]}]""", member["uniqueKeys"]!.ToJsonString());
        Assert.Single(await crm.ItemsAsync("Campaign"));
    }
}
