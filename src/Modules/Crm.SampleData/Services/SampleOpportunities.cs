using Crm.Core.Settings;
using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;

namespace Crm.SampleData.Services;

/// <summary>
/// When opportunities are enabled: the sample products and opportunities on sample customers, owned by their customer's
/// rep, in every stage — open ones closing from last week to five months ahead (some with product lines), won ones with
/// their orders and revenue, lost ones with a reason. Made through the content engine, so amounts, probabilities, orders,
/// revenue rows and the customers' stages and lifetime revenue are kept as for real deals.
/// </summary>
public sealed class SampleOpportunities(FeatureManager features, ContentManager content, TenantCalendar calendar)
{
    private static readonly string[] Stages = ["Qualification", "NeedsAnalysis", "Proposal", "Negotiation", OpportunityModel.Won, OpportunityModel.Lost];

    public async Task GenerateAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, int count, CancellationToken cancellationToken)
    {
        if (count == 0 || customers.Count == 0 || !await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        var products = new List<(ContentItem Item, int Price)>();
        foreach (var (name, code, price, billing) in SampleText.Products)
        {
            products.Add((await content.CreateAsync(OpportunityModel.Product,
                new JsonObject { ["Name"] = name, ["Code"] = code, [OpportunityModel.UnitPrice] = price, [OpportunityModel.BillingType] = billing },
                cancellationToken: cancellationToken), price));
        }
        var today = await calendar.TodayAsync(cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var (customer, korean) = customers[faker.Random.Int(0, customers.Count - 1)];
            var (product, price) = faker.PickRandom<(ContentItem, int)>(products);
            var stage = faker.Random.WeightedRandom(Stages, [0.25f, 0.2f, 0.2f, 0.15f, 0.12f, 0.08f]);
            var billing = product.Text(OpportunityModel.BillingType) ?? BillingTypes.OneOff;
            var withLines = !OpportunityModel.IsClosed(stage) && faker.Random.Bool(0.5f);
            var productName = product.DisplayText.Split(" / ")[korean ? 0 : 1];
            var deal = await content.CreateAsync(OpportunityModel.Opportunity, new JsonObject
            {
                ["Name"] = string.Format(CultureInfo.InvariantCulture, faker.PickRandom(korean ? SampleText.DealNames : SampleText.EnglishDealNames), customer.DisplayText, productName),
                [OpportunityModel.Customer] = customer.Id,
                [OpportunityModel.Amount] = withLines ? null : faker.Random.Int(10, 500) * 100_000,
                [OpportunityModel.Stage] = stage,
                [OpportunityModel.ExpectedCloseDate] = today.AddDays(faker.Random.Int(-7, 150)).ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
                ["DealType"] = customer.Text("Stage") == "Customer" ? faker.PickRandom("CrossSell", "UpSell") : "New",
                [OpportunityModel.BillingType] = billing,
                [OpportunityModel.TermMonths] = BillingTypes.HasTerm(billing) ? faker.PickRandom(6, 12, 24) : null,
                [OpportunityModel.LostReason] = stage == OpportunityModel.Lost ? faker.PickRandom(korean ? SampleText.LostReasons : SampleText.EnglishLostReasons) : null,
            }, customer.Owner, cancellationToken: cancellationToken);
            if (!withLines) continue;
            await content.CreateAsync(OpportunityModel.OpportunityLine, new JsonObject
            {
                [OpportunityModel.Opportunity] = deal.Id,
                [OpportunityModel.Product] = product.Id,
                [OpportunityModel.Quantity] = price < 100_000 ? faker.Random.Int(5, 200) : faker.Random.Int(1, 3),
                [OpportunityModel.DiscountPercent] = faker.PickRandom(0, 0, 5, 10),
            }, customer.Owner, cancellationToken: cancellationToken);
        }
    }
}
