using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Opportunities;

/// <summary>A won opportunity becomes an order with its revenue rows, and the order makes its party a customer.</summary>
public sealed class WonOrderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Winning_a_twelve_month_deal_on_the_board_makes_its_order_twelve_revenue_rows_and_its_party_a_customer(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "A" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""
            { "Name": "Acme hosting", "Customer": "{{acme.Id}}", "Amount": 12000000, "Stage": "Negotiation", "BillingType": "Monthly", "TermMonths": 12 }
            """, await crm.AdminIdAsync());
        var admin = await crm.AdminAsync();

        var board = await admin.GetStringAsync("/contents/Opportunity/kanban");
        var moved = await admin.PostAsync($"/contents/Opportunity/{deal.Id}/move", CrmRecipeHost.Form(board, ("to", "Won"), ("version", "1")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var won = await crm.GetAsync(deal.Id);
        Assert.Equal("2026-11-23T00:00:00.0000000Z", won.Text("ClosedAt"));
        Assert.Equal("100", won.Text("Probability"));
        var order = Assert.Single(await crm.ItemsAsync("SalesOrder"));
        Assert.Equal(("O-2026-000001", acme.Id, deal.Id, "2026-11-23", "Monthly", "Open"),
            (order.Text("Number"), order.Text("Customer"), order.Text("Opportunity"), order.Text("OrderDate"), order.Text("BillingType"), order.Text("Status")));
        Assert.Equal("""{"Amount":12000000,"Currency":"KRW"}""", order.Text("Amount"));
        Assert.Equal(won.Owner, order.Owner);

        var revenue = await crm.ItemsAsync("Revenue", $"SalesOrder:eq:{order.Id}");
        Assert.Equal(12, revenue.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => new DateOnly(2026, 11, 1).AddMonths(i).ToString("yyyy-MM-dd")), revenue.Select(r => r.Text("Month")).Order());
        Assert.All(revenue, r => Assert.Equal("""{"Amount":1000000,"Currency":"KRW"}""", r.Text("Amount")));
        Assert.All(revenue, r => Assert.Equal(acme.Id, r.Text("Customer")));
        Assert.All(revenue, r => Assert.Equal("2026-11-23", r.Text("OrderDate"))); // kept on each row, so reports need not read the order

        var customer = await crm.GetAsync(acme.Id);
        Assert.Equal("Customer", customer.Text("Stage"));
        Assert.Equal("2026-11-22T15:00:00.0000000Z", customer.Text("LastPurchaseAt")); // 23 November, midnight in Seoul
        Assert.Equal("2026-11-22T15:00:00.0000000Z", customer.Text("FirstPurchaseAt"));
        Assert.Equal("""{"Amount":12000000,"Currency":"KRW"}""", customer.Text("LifetimeRevenue"));
        var change = Assert.Single(await crm.ItemsAsync("StageChange", $"Customer:eq:{acme.Id}"));
        Assert.Equal(("Prospect", "Customer", "Forward", "Order O-2026-000001"),
            (change.Text("FromStage"), change.Text("ToStage"), change.Text("Direction"), change.Text("Reason")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lifetime_revenue_and_first_and_last_purchase_follow_orders_that_are_added_cancelled_deleted_and_restored(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Target" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Licences", "Customer": "{{acme.Id}}", "Amount": 3000000, "Stage": "Won" }"""); // won at once (import, API)
        var first = Assert.Single(await crm.ItemsAsync("SalesOrder", $"Opportunity:eq:{deal.Id}"));
        var extra = await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{acme.Id}}", "OrderDate": "2026-12-01", "Amount": 500000, "BillingType": "Prepaid", "TermMonths": 6 }""");
        Assert.Equal("O-2026-000002", extra.Text("Number"));
        Assert.Equal(("""{"Amount":3500000,"Currency":"KRW"}""", "2026-11-22T15:00:00.0000000Z", "2026-11-30T15:00:00.0000000Z"), await PurchasesAsync(crm, acme.Id));
        Assert.Single(await crm.ItemsAsync("Revenue", $"SalesOrder:eq:{extra.Id}")); // prepaid: one row

        await ChangeAsync(crm, (m, o) => m.DeleteAsync(o.Id, o.Version), first.Id);
        Assert.Equal(("""{"Amount":500000,"Currency":"KRW"}""", "2026-11-30T15:00:00.0000000Z", "2026-11-30T15:00:00.0000000Z"), await PurchasesAsync(crm, acme.Id));
        Assert.Empty(await crm.ItemsAsync("Revenue", $"SalesOrder:eq:{first.Id}"));

        await ChangeAsync(crm, (m, o) => m.RestoreAsync(o.Id, o.Version), first.Id);
        await crm.UpdateAsync(extra, """{ "Status": "Cancelled" }""");
        Assert.Equal(("""{"Amount":3000000,"Currency":"KRW"}""", "2026-11-22T15:00:00.0000000Z", "2026-11-22T15:00:00.0000000Z"), await PurchasesAsync(crm, acme.Id));
        Assert.Single(await crm.ItemsAsync("Revenue", $"SalesOrder:eq:{first.Id}"));
        Assert.Empty(await crm.ItemsAsync("Revenue", $"SalesOrder:eq:{extra.Id}"));

        await ChangeAsync(crm, (m, o) => m.DeleteAsync(o.Id, o.Version), first.Id);
        Assert.Equal(((string?)null, (string?)null, (string?)null), await PurchasesAsync(crm, acme.Id));
        Assert.Equal("Customer", (await crm.GetAsync(acme.Id)).Text("Stage")); // a customer stays one: moving back is a win-back decision
        Assert.Single(await crm.ItemsAsync("StageChange", $"Customer:eq:{acme.Id}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deal_won_through_the_API_reopened_and_won_again_keeps_its_one_order(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Support", "Customer": "{{acme.Id}}", "Amount": 900000, "Stage": "Proposal" }""");
        var api = new GraphQLClient(await crm.AdminAsync(), null);

        var won = await api.PostAsync($$"""mutation { updateOpportunity(id: "{{deal.Id}}", version: 1, input: { stage: WON }) { stage closedAt } }""");
        Assert.Equal("2026-11-23T00:00:00.0000000Z", won.Json!["data"]!["updateOpportunity"]!["closedAt"]!.GetValue<string>());
        await crm.UpdateAsync(deal, """{ "Stage": "Negotiation" }""");
        Assert.Null((await crm.GetAsync(deal.Id)).Text("ClosedAt"));
        await crm.UpdateAsync(deal, """{ "Stage": "Won" }""");

        Assert.Single(await crm.ItemsAsync("SalesOrder", $"Opportunity:eq:{deal.Id}"));
        Assert.Equal("""{"Amount":900000,"Currency":"KRW"}""", (await crm.GetAsync(acme.Id)).Text("LifetimeRevenue"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merging_a_duplicate_customer_adds_its_orders_to_the_kept_customers_purchases(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var duplicate = await crm.CreateAsync("Customer", """{ "Name": "ACME Inc." }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{acme.Id}}", "OrderDate": "2026-11-20", "Amount": 300000 }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{duplicate.Id}}", "OrderDate": "2026-10-01", "Amount": 200000 }""");
        var (keep, merge) = (await crm.GetAsync(acme.Id), await crm.GetAsync(duplicate.Id));

        var kept = await crm.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, keep.Version, merge.Id, merge.Version));

        Assert.Equal(("""{"Amount":500000,"Currency":"KRW"}""", "2026-09-30T15:00:00.0000000Z", "2026-11-19T15:00:00.0000000Z"), await PurchasesAsync(crm, acme.Id));
        Assert.Equal((await crm.GetAsync(acme.Id)).Version, kept.Version); // the merge returns the item as the sums left it
    }

    private static async Task<(string? Revenue, string? FirstPurchase, string? LastPurchase)> PurchasesAsync(CrmRecipeHost crm, string customerId)
    {
        var customer = await crm.GetAsync(customerId);
        return (customer.Text("LifetimeRevenue"), customer.Text("FirstPurchaseAt"), customer.Text("LastPurchaseAt"));
    }

    private static Task<ContentItem> ChangeAsync(CrmRecipeHost crm, Func<ContentManager, ContentItem, Task<ContentItem>> change, string id) =>
        crm.RunAsync(async s =>
        {
            var manager = s.GetRequiredService<ContentManager>();
            return await change(manager, (await manager.GetAsync(id, includeDeleted: true))!);
        });
}
