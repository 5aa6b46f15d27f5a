using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.SalesActivities;

/// <summary>The dashboard's team figures through GraphQL: the same numbers as the cards, for managers only.</summary>
public sealed class DashboardApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Activities_per_rep_and_the_stage_funnel_answer_with_the_cards_numbers_and_check_their_arguments(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminIdAsync();
        var one = await crm.CreateAsync("Customer", """{ "Name": "One", "Stage": "Target" }""", admin);
        await crm.CreateAsync("Customer", """{ "Name": "Two", "Stage": "Prospect" }""", admin);
        await crm.UpdateAsync(one, """{ "Stage": "Prospect" }""");
        await crm.CreateAsync("Activity", """{ "Subject": "Call", "Kind": "Call", "Status": "Done" }""", admin);
        var api = new GraphQLClient(crm.Host.CreateClient(), CrmTestHost.AdminApiKey);

        var data = await api.DataAsync("{ activitiesPerRep(days: 7) { userName done } stageFunnel { stage current entered conversionRate } }");

        Assert.Equal("""[{"userName":"admin","done":1}]""", data["activitiesPerRep"]!.ToJsonString());
        Assert.Equal("""[{"stage":"Target","current":0,"entered":0,"conversionRate":null},{"stage":"Prospect","current":2,"entered":1,"conversionRate":1},{"stage":"Customer","current":0,"entered":0,"conversionRate":0}]""",
            data["stageFunnel"]!.ToJsonString());
        var refused = await api.PostAsync("{ stageFunnel(days: 0) { stage } }");
        Assert.Equal(["INVALID_ARGUMENT"], refused.Codes);
        Assert.Equal("stageFunnel", refused.Errors[0]["path"]![0]!.GetValue<string>());
    }
}
