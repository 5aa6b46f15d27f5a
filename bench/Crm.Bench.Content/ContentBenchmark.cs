using System.Diagnostics;
using Crm.Bench.Common;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Content;

/// <summary>Defines the bench type, imports the items, then times the same page query through the engine and by hand, interleaved.</summary>
public sealed class ContentBenchmark(BenchHost host, ContentBenchOptions options)
{
    private const int WarmUp = 10;

    public async Task<ContentBenchResult> RunAsync(CancellationToken cancellationToken)
    {
        await BenchSeeder.DefineModelAsync(host, cancellationToken);

        // Fake data is made before the clock starts: the import rate is the engine's, not Bogus's.
        var rows = BenchModel.Rows(options.Items, host.Service<TimeProvider>().GetUtcNow()).ToList();
        var watch = Stopwatch.StartNew();
        var import = await BenchSeeder.ImportAsync(host, rows, owners: [], cancellationToken);
        var importSeconds = watch.Elapsed.TotalSeconds;
        rows.Clear();
        await BenchSeeder.AnalyzeAsync(host, cancellationToken);

        using var browser = await BenchSession.SignInAsync(host);
        var engine = new List<double>();
        var byHand = new List<double>();
        var pages = new List<double>();
        long engineCount = 0, handCount = 0;
        bool engineExact = false;
        for (var i = 0; i < WarmUp + options.Queries; i++)
        {
            var (engineMs, count, exact) = await TimeEngineAsync(cancellationToken);
            var (handMs, total) = await TimeByHandAsync(cancellationToken);
            var pageMs = await TimePageAsync(browser, cancellationToken);
            if (i < WarmUp) continue;
            engine.Add(engineMs);
            byHand.Add(handMs);
            pages.Add(pageMs);
            (engineCount, engineExact, handCount) = (count, exact, total);
        }
        return new ContentBenchResult(options, import, importSeconds, engine, byHand, pages, engineCount, engineExact, handCount);
    }

    private async Task<(double Ms, long Count, bool Exact)> TimeEngineAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = host.TenantScope();
        var result = await scope.ServiceProvider.GetRequiredService<ContentQuery>().QueryAsync(new ContentQueryRequest
        {
            ContentType = BenchModel.Type,
            Filter = FilterJson.Parse(System.Text.Json.Nodes.JsonNode.Parse("""{ "Stage": "Prospect", "Grade": "A" }""")),
            OrderBy = ["LastActivityAt desc"],
            First = 50,
            Count = CountMode.Capped,
        }, cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (result.Items.Count != 50) throw new InvalidOperationException($"The engine returned {result.Items.Count} rows, not 50.");
        return (ms, result.Count!.Value, result.Count.IsExact);
    }

    /// <summary>The whole list screen (routing, authorization, query, Razor), as the browser asks for it.</summary>
    private static async Task<double> TimePageAsync(HttpClient browser, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var response = await browser.GetAsync("/contents/BenchCustomer?filter=Stage:eq:Prospect,Grade:eq:A&sort=LastActivityAt%20desc", cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The list page answered {(int)response.StatusCode}: {html[..Math.Min(300, html.Length)]}");
        return ms;
    }

    private async Task<(double Ms, long Count)> TimeByHandAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = host.TenantScope();
        var (rows, count) = await HandWrittenQuery.RunAsync(scope.ServiceProvider.GetRequiredService<TenantDb>(), options.Provider, cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (rows != 50) throw new InvalidOperationException($"The hand-written query returned {rows} rows, not 50.");
        return (ms, count);
    }
}
