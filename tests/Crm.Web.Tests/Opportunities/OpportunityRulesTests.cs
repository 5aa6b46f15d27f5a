using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Opportunities;

/// <summary>What a deal cannot be: lost without a reason, won without an amount, billed by term without a term.</summary>
public sealed class OpportunityRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Losing_a_deal_without_a_reason_is_refused_on_every_path_naming_the_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Renewal", "Customer": "{{acme.Id}}", "Amount": 1000000, "Stage": "Proposal" }""");
        var admin = await crm.AdminAsync();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(deal, """{ "Stage": "Lost" }"""));
        Assert.Equal(("LostReason", "is required"), (refused.Errors.Single().Field, refused.Errors.Single().Problem.Message));

        var api = await new GraphQLClient(admin, null).PostAsync($$"""mutation { updateOpportunity(id: "{{deal.Id}}", version: 1, input: { stage: LOST }) { stage } }""");
        Assert.Equal("input.lostReason", api.Json!["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());

        var board = await admin.GetStringAsync("/contents/Opportunity/kanban");
        var dragged = await admin.PostAsync($"/contents/Opportunity/{deal.Id}/move", CrmRecipeHost.Form(board, ("to", "Lost"), ("version", "1")));
        Assert.Equal(HttpStatusCode.BadRequest, dragged.StatusCode);
        Assert.Contains("is required", await dragged.Content.ReadAsStringAsync());

        var unchanged = await crm.GetAsync(deal.Id);
        Assert.Equal((1, "Proposal", (string?)null), (unchanged.Version, unchanged.Text("Stage"), unchanged.Text("ClosedAt")));
        Assert.Equal(1L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_history WHERE item_id = @id", new { id = deal.Id }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_deal_keeps_its_reason_closes_and_weighs_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Renewal", "Customer": "{{acme.Id}}", "Amount": 1000000, "Stage": "Proposal" }""");
        Assert.Equal(("50", """{"Amount":500000,"Currency":"KRW"}"""), (deal.Text("Probability"), deal.Text("WeightedAmount")));

        crm.Clock.Advance(TimeSpan.FromHours(2));
        var lost = await crm.UpdateAsync(deal, """{ "Stage": "Lost", "LostReason": "Chose a competitor on price" }""");

        Assert.Equal(("0", """{"Amount":0,"Currency":"KRW"}""", "2026-11-23T02:00:00.0000000Z"), (lost.Text("Probability"), lost.Text("WeightedAmount"), lost.Text("ClosedAt")));
        Assert.Empty(await crm.ItemsAsync("SalesOrder"));
        Assert.Equal("Prospect", (await crm.GetAsync(acme.Id)).Text("Stage"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deal_is_not_won_without_an_amount_nor_billed_monthly_without_a_term(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");

        var noAmount = await Assert.ThrowsAsync<ContentValidationException>(() =>
            crm.CreateAsync("Opportunity", $$"""{ "Name": "Pilot", "Customer": "{{acme.Id}}", "Stage": "Won" }"""));
        var noTerm = await Assert.ThrowsAsync<ContentValidationException>(() =>
            crm.CreateAsync("Opportunity", $$"""{ "Name": "Hosting", "Customer": "{{acme.Id}}", "Amount": 100, "BillingType": "Monthly" }"""));

        Assert.Equal("Amount", noAmount.Errors.Single().Field);
        Assert.Equal("TermMonths", noTerm.Errors.Single().Field);
        Assert.Empty(await crm.ItemsAsync("Opportunity"));
        Assert.Empty(await crm.ItemsAsync("SalesOrder"));
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM document_numbers"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Probability_weighted_amount_and_closing_time_are_kept_by_the_system_not_typed(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Renewal", "Customer": "{{acme.Id}}", "Amount": 1000000 }""");
        var admin = await crm.AdminAsync();

        var form = await admin.GetStringAsync($"/contents/Opportunity/{deal.Id}/edit");
        Assert.Contains("name=\"Opportunity.Stage\"", form);
        Assert.DoesNotContain("name=\"Opportunity.Probability\"", form);
        Assert.DoesNotContain("name=\"Opportunity.WeightedAmount\"", form);
        Assert.DoesNotContain("name=\"Opportunity.ClosedAt\"", form);
        var input = await admin.GetStringAsync("/api/graphql?query=" + Uri.EscapeDataString("{ __type(name: \"OpportunityUpdateInput\") { inputFields { name } } }"));
        Assert.Contains("lostReason", input);
        Assert.DoesNotContain("weightedAmount", input);
        Assert.Equal(("10", """{"Amount":100000,"Currency":"KRW"}"""), (deal.Text("Probability"), deal.Text("WeightedAmount"))); // Qualification: 10%
    }
}
