using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Customers;
using Crm.SampleData.Services;
using Microsoft.Extensions.Options;

namespace Crm.SampleData.Recipes;

/// <summary>
/// <c>{ "name": "SampleData", "Customers": 200, "Activities": 1000, "Accounts": 15, "Opportunities": 50, "Tickets": 30, "Calls": 12, "Seed": 2026 }</c>: sample
/// staff, accounts, customers (tagged "sample"), and for the enabled modules activities, products and opportunities, tickets and calls,
/// and knowledge base articles. Runs once per tenant: when sample customers (sample articles) exist it makes no more.
/// Configuration <c>Crm:Samples:Create=false</c> turns it off.
/// </summary>
[ForFeature("Crm.SampleData")]
public sealed class SampleDataStep(SampleStaff staff, SampleDataGenerator generator, SampleArticles articles, ContentQuery query, IOptions<SampleDataOptions> options) : IRecipeStep
{
    private static readonly (string Name, int Max, int Default)[] Counts = [("Customers", 10_000, 200), ("Activities", 100_000, 1000), ("Accounts", 1000, 15), ("Opportunities", 10_000, 50), ("Tickets", 10_000, 30), ("Calls", 10_000, 12)];

    public string Name => "SampleData";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (name, max, _) in Counts.Append(("Seed", int.MaxValue, 0)))
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
        if (!options.Value.Create) return;
        await articles.GenerateAsync(cancellationToken);
        var existing = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CustomerModel.Customer, Filter = FilterText.Parse($"Tags:contains:{SampleDataGenerator.Tag}"), First = 1, Count = CountMode.None,
        }, cancellationToken);
        if (existing.Items.Count > 0) return;

        var reps = await staff.EnsureAsync(context.Tenant.Name, cancellationToken);
        var request = new SampleDataRequest(Count(context, "Customers"), Count(context, "Activities"), Count(context, "Accounts"),
            context.Step["Seed"]?.GetValue<int>() ?? 2026, Count(context, "Opportunities"), Count(context, "Tickets"), Count(context, "Calls"));
        await generator.GenerateAsync(request, reps, cancellationToken);
    }

    private static int Count(RecipeExecutionContext context, string name) =>
        context.Step[name]?.GetValue<int>() ?? Counts.First(c => c.Name == name).Default;
}
