using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Bench.Common;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.EmailCampaigns;
using Crm.EmailCampaigns.Sending;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.EmailCampaigns;

/// <summary>
/// Materialising an email campaign's audience: N customers in a saved query become N recipient rows, in one transaction, as
/// the sender does when a campaign starts. Prints (1) the whole materialisation and the time of reading the audience alone
/// (the saved query, page by page, keyset on Id as the materialiser pages, and on CreatedUtc, Id as it paged before), and (2) the writing alone, multi-row INSERTs against the statement per row they
/// replaced (<see cref="RecipientWrites"/>). Not top-level statements: those would declare a global Program that hides the host's.
/// </summary>
public static class EntryPoint
{
    private const string Audience = "BenchAudience";

    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, AudienceBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        var cancellationToken = CancellationToken.None;
        var note = $"crm-bench-email-campaigns v1: customers={options.Customers}";
        await using var storage = await BenchStorage.CreateAsync(options.Storage, note);
        await using var host = storage.DrivenHost();
        host.Start();
        var output = Console.Out;
        output.WriteLine($"machine: {BenchMachine.Description}, load: {BenchMachine.LoadAverage()}, provider: {options.Storage.Provider}, customers: {options.Customers:N0}");
        if (!storage.Reused)
        {
            var seeding = Stopwatch.StartNew();
            await AudienceBenchSeeder.SeedAsync(host, options.Customers, cancellationToken);
            await storage.NoteSeedAsync(note);
            output.WriteLine($"seeded {options.Customers:N0} customers in {seeding.Elapsed.TotalSeconds:F1} s");
        }
        await using (var scope = host.TenantScope())
        {
            await scope.ServiceProvider.GetRequiredService<SavedQueries>().SaveAsync(
                new SavedQuery(Audience, "Customer", JsonNode.Parse("""{ "Stage": "Customer" }"""), []), cancellationToken);
        }

        await using (var scope = host.TenantScope())
        {
            var services = scope.ServiceProvider;
            var read = await ReadAudienceAsync(services, byCreation: false, output, cancellationToken);
            var readByCreation = await ReadAudienceAsync(services, byCreation: true, output, cancellationToken);
            var campaign = await services.GetRequiredService<ContentManager>().CreateAsync(EmailCampaignModel.EmailCampaign, new JsonObject
            {
                [EmailCampaignModel.Name] = "Bench", [EmailCampaignModel.Subject] = "Hello", [EmailCampaignModel.Body] = "Hello {{ Name }}",
                [EmailCampaignModel.Audience] = Audience, [EmailCampaignModel.RatePerMinute] = 1000,
            }, cancellationToken: cancellationToken);
            var db = services.GetRequiredService<TenantDb>();
            var watch = Stopwatch.StartNew();
            await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
            {
                var size = await services.GetRequiredService<AudienceMaterializer>().MaterializeAsync(campaign, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (size != options.Customers) throw new InvalidOperationException($"materialised {size} recipients, expected {options.Customers}");
            }
            output.WriteLine($"1. materialising the audience (read the saved query + write the rows, one transaction): {watch.Elapsed.TotalSeconds:F2} s; " +
                             $"reading the audience alone: {read:F2} s (paged by Id; by CreatedUtc, Id as before: {readByCreation:F2} s)");
        }

        await using (var scope = host.TenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
            var customers = await db.QueryAsync<string>("SELECT id FROM content_items WHERE content_type = 'Customer' ORDER BY id", null, cancellationToken);
            var batched = new List<double>();
            var perRow = new List<double>();
            for (var round = 0; round < options.Runs; round++)
            {
                perRow.Add(await RecipientWrites.PerRowAsync(db, customers, cancellationToken));
                batched.Add(await RecipientWrites.BatchedAsync(db, customers, cancellationToken));
            }
            double Median(List<double> seconds) => seconds.Order().ElementAt(seconds.Count / 2);
            output.WriteLine($"2. writing {customers.Count:N0} recipient rows alone, median of {options.Runs} alternating rounds: " +
                             $"statement per row {Median(perRow):F2} s ({Median(perRow) * 1e6 / customers.Count:F1} µs/row), " +
                             $"multi-row INSERT {Median(batched):F2} s ({Median(batched) * 1e6 / customers.Count:F1} µs/row)");
            output.WriteLine($"   rounds (per row / multi-row): {string.Join(", ", perRow.Zip(batched, (a, b) => $"{a:F2}/{b:F2}"))}");
        }
        output.WriteLine($"load at the end: {BenchMachine.LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// The materialiser's read: the saved query, page by page, with its own page request (<see cref="AudienceMaterializer.PageRequest"/>:
    /// keyset on Id), or — to compare with what it did before — keyset on CreatedUtc, Id. Prints the plan of the second page.
    /// </summary>
    private static async Task<double> ReadAudienceAsync(IServiceProvider services, bool byCreation, TextWriter output, CancellationToken cancellationToken)
    {
        var query = services.GetRequiredService<ContentQuery>();
        var saved = await services.GetRequiredService<SavedQueries>().GetAsync(Audience, cancellationToken) ?? throw new InvalidOperationException("no audience");
        var materializer = services.GetRequiredService<AudienceMaterializer>();
        ContentQueryRequest Page(string? after) => byCreation ? materializer.PageRequest(saved, after) with { OrderBy = ["CreatedUtc", "Id"] } : materializer.PageRequest(saved, after);
        var watch = Stopwatch.StartNew();
        string? after = null;
        string? second = null;
        do
        {
            var page = await query.QueryAsync(Page(after), cancellationToken);
            after = page.NextCursor;
            second ??= after;
        }
        while (after is not null);
        var seconds = watch.Elapsed.TotalSeconds;
        var compiled = await query.CompileAsync(Page(second), cancellationToken);
        output.WriteLine($"   plan of a page ({(byCreation ? "CreatedUtc, Id" : "Id")}): {string.Join(" | ", await BenchPlan.ExplainAsync(services.GetRequiredService<TenantDb>(), compiled, cancellationToken))}");
        return seconds;
    }
}
