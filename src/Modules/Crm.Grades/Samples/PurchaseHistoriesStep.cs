using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Opportunities;
using Microsoft.Extensions.Configuration;

namespace Crm.Grades.Samples;

/// <summary>
/// <c>{ "name": "PurchaseHistories", "Customers": 40, "Seed": 2026 }</c>: sample shoppers (tagged "purchase-sample") with
/// orders dated back from today in the tenant's time zone — a department store's mix of VIPs, regulars, occasional and
/// one-time buyers (<see cref="PurchaseProfile.Mix"/>) — so the grade rules produce every grade. Runs once per tenant;
/// configuration <c>Crm:Samples:Create=false</c> turns it off, as it does the SampleData step.
/// </summary>
[ForFeature(GradesFeature.Id)]
public sealed class PurchaseHistoriesStep(ContentManager content, ContentQuery query, TenantCalendar calendar, SampleDataMode sampleData, IConfiguration configuration) : IRecipeStep
{
    public const string Tag = "purchase-sample";
    private const int MaxCustomers = 5000;

    private static readonly string[] FamilyNames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
    private static readonly string[] GivenNames = ["서연", "민준", "지우", "하은", "도윤", "수아", "예준", "지호", "서윤", "시우", "하린", "주원"];

    public string Name => "PurchaseHistories";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (name, max) in new[] { ("Customers", MaxCustomers), ("Seed", int.MaxValue) })
        {
            if (context.Step[name] is not { } value) continue;
            if (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || !number.TryGetValue<int>(out var n) || n < 0 || n > max)
            {
                context.Error($".{name}", $"must be a whole number from 0 to {max:N0}");
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Crm:Samples:Create", true)) return;
        var existing = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CustomerModel.Customer, Filter = FilterText.Parse($"Tags:contains:{Tag}"), First = 1, Count = CountMode.None,
        }, cancellationToken);
        if (existing.Items.Count > 0) return;

        using var sample = sampleData.Begin(); // invented shoppers: their orders start no programs and mail nobody
        var customers = context.Step["Customers"]?.GetValue<int>() ?? 40;
        var random = new Random(context.Step["Seed"]?.GetValue<int>() ?? 2026);
        var today = await calendar.TodayAsync(cancellationToken);
        var shares = PurchaseProfile.Mix.Sum(m => m.Share);
        for (var i = 0; i < customers; i++)
        {
            var profile = ProfileAt(i * shares / Math.Max(customers, 1));
            var name = FamilyNames[random.Next(FamilyNames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var customer = await content.CreateAsync(CustomerModel.Customer, new JsonObject
            {
                [CustomerModel.Name] = name,
                [CustomerModel.Stage] = "Prospect",
                ["Email"] = $"shopper{i + 1}@example.com",
                ["Tags"] = new JsonArray(Tag),
            }, cancellationToken: cancellationToken);
            var daysAgo = profile.LatestDaysAgo + random.Next(0, 5);
            for (var order = 0; order < profile.Orders; order++)
            {
                // Amounts vary by up to ±10% in steps of 1,000 won, so shoppers of one kind rank apart.
                var amount = profile.Amount + random.Next(-10, 11) * profile.Amount / 100 / 1000 * 1000;
                await content.CreateAsync(OpportunityModel.SalesOrder, new JsonObject
                {
                    [OpportunityModel.Customer] = customer.Id,
                    [OpportunityModel.OrderDate] = today.AddDays(-daysAgo).ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
                    [OpportunityModel.Amount] = amount,
                    [OpportunityModel.BillingType] = "OneOff",
                    [OpportunityModel.Status] = "Fulfilled",
                }, cancellationToken: cancellationToken);
                daysAgo += profile.GapDays + random.Next(0, 10);
            }
        }
    }

    private static PurchaseProfile ProfileAt(int slot)
    {
        foreach (var (profile, share) in PurchaseProfile.Mix)
        {
            if (slot < share) return profile;
            slot -= share;
        }
        return PurchaseProfile.Mix[^1].Profile;
    }
}
