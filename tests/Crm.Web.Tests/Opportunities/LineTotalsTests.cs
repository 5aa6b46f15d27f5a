using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Opportunities;

/// <summary>Lines price themselves from their product, and an opportunity with lines is worth their sum.</summary>
public sealed class LineTotalsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Line_totals_add_up_to_the_opportunity_amount_as_lines_are_added_changed_and_deleted(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var seats = await crm.CreateAsync("Product", """{ "Name": "CRM seat (yearly)", "Code": "SEAT-Y", "UnitPrice": 150000 }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Acme rollout", "Customer": "{{acme.Id}}", "Amount": 1, "Stage": "Proposal" }""");

        var seatLine = await crm.CreateAsync("OpportunityLine", $$"""{ "Opportunity": "{{deal.Id}}", "Product": "{{seats.Id}}", "Quantity": 3, "DiscountPercent": 10 }""");
        Assert.Equal(("CRM seat (yearly)", """{"Amount":150000,"Currency":"KRW"}""", """{"Amount":405000,"Currency":"KRW"}"""),
            (seatLine.Text("Description"), seatLine.Text("UnitPrice"), seatLine.Text("LineTotal"))); // 3 × 150,000 − 10%
        var setup = await crm.CreateAsync("OpportunityLine", $$"""{ "Opportunity": "{{deal.Id}}", "Description": "Setup", "Quantity": 1, "UnitPrice": 33333, "DiscountPercent": 5 }""");
        Assert.Equal("""{"Amount":31666,"Currency":"KRW"}""", setup.Text("LineTotal")); // 31,666.35 rounded to the won
        await AmountsAreAsync(crm, deal.Id, 436666, 218333); // Proposal: 50%

        await crm.UpdateAsync(seatLine, """{ "Quantity": 4 }""");
        await AmountsAreAsync(crm, deal.Id, 571666, 285833);

        await crm.RunAsync(async s =>
        {
            var manager = s.GetRequiredService<ContentManager>();
            return await manager.DeleteAsync(setup.Id, (await manager.GetAsync(setup.Id))!.Version);
        });
        await AmountsAreAsync(crm, deal.Id, 540000, 270000);

        await crm.UpdateAsync(await crm.GetAsync(deal.Id), """{ "Amount": 1 }"""); // typed over: the lines still say what it is worth
        await AmountsAreAsync(crm, deal.Id, 540000, 270000);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_line_in_another_currency_than_its_siblings_is_refused_at_its_unit_price(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Acme rollout", "Customer": "{{acme.Id}}" }""");
        await crm.CreateAsync("OpportunityLine", $$"""{ "Opportunity": "{{deal.Id}}", "Description": "Licence", "Quantity": 1, "UnitPrice": 1000000 }""");

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("OpportunityLine",
            $$"""{ "Opportunity": "{{deal.Id}}", "Description": "Travel", "Quantity": 1, "UnitPrice": { "Amount": 500, "Currency": "USD" } }"""));

        Assert.Equal(("UnitPrice", "'USD' is not one of the options (KRW)"), (refused.Errors.Single().Field, refused.Errors.Single().Problem.Message));
        Assert.Single(await crm.ItemsAsync("OpportunityLine"));
        Assert.Equal("""{"Amount":1000000,"Currency":"KRW"}""", (await crm.GetAsync(deal.Id)).Text("Amount"));
    }

    private static async Task AmountsAreAsync(CrmRecipeHost crm, string dealId, decimal amount, decimal weighted)
    {
        var deal = await crm.GetAsync(dealId);
        Assert.Equal(($$"""{"Amount":{{amount}},"Currency":"KRW"}""", $$"""{"Amount":{{weighted}},"Currency":"KRW"}"""), (deal.Text("Amount"), deal.Text("WeightedAmount")));
    }
}
