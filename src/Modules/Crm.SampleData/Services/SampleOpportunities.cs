using Crm.Core.Settings;
using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Opportunities;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;

namespace Crm.SampleData.Services;

/// <summary>
/// When opportunities are enabled: the sample products and opportunities on sample customers, owned by their customer's
/// rep, in every stage — open ones closing from last week to five months ahead (some with product lines), won ones with
/// their orders and revenue, lost ones with a reason. Each one lives its <see cref="SampleDealJourney"/>: created on a day
/// after its customer and moved stage by stage on later ones, all deals' moves in the order they happened, with the clock
/// set back to each move (<see cref="BackdatingClock"/>; a host whose clock cannot be set back makes them all now). Made
/// through the content engine, so amounts, probabilities, ClosedAt, orders and revenue months, and the customers' stages,
/// stage history and lifetime revenue are kept as for real deals, and the sales cycle reads like a real pipeline's.
/// </summary>
public sealed class SampleOpportunities(FeatureManager features, ContentManager content, TenantCalendar calendar, TimeProvider clock)
{
    private static readonly string[] Stages = [.. SampleDealJourney.OpenStages, OpportunityModel.Won, OpportunityModel.Lost];

    private sealed record Deal(string Owner, JsonObject Values, JsonObject? Line, IReadOnlyList<(string Stage, DateTimeOffset At)> Journey, string? LostReason)
    {
        public ContentItem? Item { get; set; }
    }

    public async Task GenerateAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, int count, CancellationToken cancellationToken)
    {
        if (count == 0 || customers.Count == 0 || !await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        var products = new List<(ContentItem Item, int Price)>();
        using (BackdatingClock.SetBack(clock, clock.GetUtcNow().AddDays(-100))) // in the catalogue before the first sample customer
        {
            foreach (var (name, code, price, billing) in SampleText.Products)
            {
                products.Add((await content.CreateAsync(OpportunityModel.Product,
                    new JsonObject { ["Name"] = name, ["Code"] = code, [OpportunityModel.UnitPrice] = price, [OpportunityModel.BillingType] = billing },
                    cancellationToken: cancellationToken), price));
            }
        }
        var deals = new List<Deal>();
        for (var i = 0; i < count; i++) deals.Add(await PlanAsync(faker, customers, products, cancellationToken));
        var moves = deals.SelectMany(d => d.Journey.Select((step, index) => (Deal: d, Index: index, step.Stage, step.At))).OrderBy(m => m.At);
        foreach (var move in moves)
        {
            using var past = BackdatingClock.SetBack(clock, move.At);
            if (move.Index == 0) await CreateAsync(move.Deal, cancellationToken);
            else
            {
                var values = new JsonObject { [OpportunityModel.Stage] = move.Stage };
                if (move.Stage == OpportunityModel.Lost) values[OpportunityModel.LostReason] = move.Deal.LostReason;
                move.Deal.Item = await content.UpdateAsync(move.Deal.Item!.Id, values, move.Deal.Item.Version, cancellationToken);
            }
        }
    }

    private async Task<Deal> PlanAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, List<(ContentItem Item, int Price)> products, CancellationToken cancellationToken)
    {
        var (customer, korean) = customers[faker.Random.Int(0, customers.Count - 1)];
        var (product, price) = faker.PickRandom<(ContentItem, int)>(products);
        var stage = faker.Random.WeightedRandom(Stages, [0.25f, 0.2f, 0.2f, 0.15f, 0.12f, 0.08f]);
        var journey = SampleDealJourney.Plan(faker, stage, customer.CreatedUtc, clock.GetUtcNow());
        var billing = product.Text(OpportunityModel.BillingType) ?? BillingTypes.OneOff;
        var withLines = !OpportunityModel.IsClosed(stage) && faker.Random.Bool(0.5f);
        var productName = product.DisplayText.Split(" / ")[korean ? 0 : 1];
        // Open deals are expected to close from last week on; closed ones were expected around when they closed.
        var today = await calendar.TodayAsync(cancellationToken);
        var expected = OpportunityModel.IsClosed(stage)
            ? today.AddDays(-(int)(clock.GetUtcNow() - journey[^1].At).TotalDays + faker.Random.Int(-10, 15))
            : today.AddDays(faker.Random.Int(-7, 150));
        var values = new JsonObject
        {
            ["Name"] = string.Format(CultureInfo.InvariantCulture, faker.PickRandom(korean ? SampleText.DealNames : SampleText.EnglishDealNames), customer.DisplayText, productName),
            [OpportunityModel.Customer] = customer.Id,
            [OpportunityModel.Amount] = withLines ? null : faker.Random.Int(10, 500) * 100_000,
            [OpportunityModel.Stage] = journey[0].Stage,
            [OpportunityModel.ExpectedCloseDate] = expected.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
            ["DealType"] = customer.Text("Stage") == "Customer" ? faker.PickRandom("CrossSell", "UpSell") : "New",
            [OpportunityModel.BillingType] = billing,
            [OpportunityModel.TermMonths] = BillingTypes.HasTerm(billing) ? faker.PickRandom(6, 12, 24) : null,
        };
        var lostReason = stage == OpportunityModel.Lost ? faker.PickRandom(korean ? SampleText.LostReasons : SampleText.EnglishLostReasons) : null;
        var line = !withLines ? null : new JsonObject
        {
            [OpportunityModel.Product] = product.Id,
            [OpportunityModel.Quantity] = price < 100_000 ? faker.Random.Int(5, 200) : faker.Random.Int(1, 3),
            [OpportunityModel.DiscountPercent] = faker.PickRandom(0, 0, 5, 10),
        };
        return new Deal(customer.Owner!, values, line, journey, lostReason);
    }

    private async Task CreateAsync(Deal deal, CancellationToken cancellationToken)
    {
        deal.Item = await content.CreateAsync(OpportunityModel.Opportunity, deal.Values, deal.Owner, cancellationToken: cancellationToken);
        if (deal.Line is null) return;
        deal.Line[OpportunityModel.Opportunity] = deal.Item.Id;
        await content.CreateAsync(OpportunityModel.OpportunityLine, deal.Line, deal.Owner, cancellationToken: cancellationToken);
        // The lines' total is the deal's amount now: read it back, so the next move expects the current version.
        deal.Item = await content.GetAsync(deal.Item.Id, cancellationToken: cancellationToken);
    }
}
