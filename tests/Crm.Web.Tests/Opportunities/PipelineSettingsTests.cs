using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Opportunities;

/// <summary>The pipeline screen sets each open stage's probability; open opportunities and the forecast follow.</summary>
public sealed class PipelineSettingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_a_probability_reweighs_the_open_opportunities_of_that_stage(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var proposal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "A", "Customer": "{{acme.Id}}", "Amount": 2000000, "Stage": "Proposal" }""");
        var won = await crm.CreateAsync("Opportunity", $$"""{ "Name": "B", "Customer": "{{acme.Id}}", "Amount": 2000000, "Stage": "Won" }""");
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/opportunities/pipeline");
        Assert.Equal(["Qualification", "NeedsAnalysis", "Proposal", "Negotiation"], Regex.Matches(page, "<input id=\"stage-(\\w+)\" name=").Select(m => m.Groups[1].Value));
        Assert.Matches("id=\"stage-Won\" value=\"100\" class=\"form-control\" disabled", page);

        var fields = Boxes(page);
        fields["Proposal"] = "65";
        fields["NeedsAnalysis"] = ""; // no longer weighed
        var saved = await admin.PostAsync("/admin/opportunities/pipeline", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Stage probabilities saved.", await saved.Content.ReadAsStringAsync());
        await crm.RunDueAsync(); // the background walk over the open opportunities

        var reweighed = await crm.GetAsync(proposal.Id);
        Assert.Equal(("65", """{"Amount":1300000,"Currency":"KRW"}""", 2), (reweighed.Text("Probability"), reweighed.Text("WeightedAmount"), reweighed.Version));
        Assert.Equal(1, (await crm.GetAsync(won.Id)).Version); // closed deals keep their 100%
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM opportunity_recalculations"));
        Assert.Contains("value=\"65\"", await admin.GetStringAsync("/admin/opportunities/pipeline"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_probabilities_are_refused_next_to_their_box_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/opportunities/pipeline");

        var fields = Boxes(page);
        fields["Qualification"] = "150";
        fields["Proposal"] = "-5";
        fields["Negotiation"] = "most";
        var refused = await admin.PostAsync("/admin/opportunities/pipeline", new FormUrlEncodedContent(fields));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(3, Regex.Matches(body, "Enter a whole percentage from 0 to 100").Count);
        Assert.Contains("value=\"most\"", body);
        Assert.Contains("Some values are not valid; nothing was saved.", body);
        var again = await admin.GetStringAsync("/admin/opportunities/pipeline");
        Assert.Contains("id=\"stage-Qualification\" name=\"Qualification\" value=\"10\"", again);
        Assert.Contains("id=\"stage-Proposal\" name=\"Proposal\" value=\"50\"", again);
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM opportunity_recalculations"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_those_who_manage_the_pipeline_open_its_settings(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (rep, _) = await crm.StaffAsync("rep", "SalesRep");
        var (manager, _) = await crm.StaffAsync("boss", "Manager");

        var refused = await rep.GetAsync("/admin/opportunities/pipeline"); // browsers are sent to the 403 page
        Assert.Contains("/denied", refused.Headers.Location?.ToString());
        Assert.DoesNotContain("/admin/opportunities/pipeline", await rep.GetStringAsync("/admin"));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/admin/opportunities/pipeline")).StatusCode);
    }

    /// <summary>The probabilities form as the page shows it: a box per open stage (disabled Won and Lost are not sent).</summary>
    private static Dictionary<string, string> Boxes(string page) => CrmRecipeHost.Boxes(page, @"stage-\w+");
}
