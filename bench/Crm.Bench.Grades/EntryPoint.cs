using System.Diagnostics;
using Crm.Bench.Common;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Grades.Rules;
using Crm.Grades.Sweep;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Grades;

/// <summary>
/// The grade sweep at scale: N customers with 2.5 orders each on average. Measures (1) a sweep that computes and writes every
/// customer's RFM figures (no rules yet, so every customer's figures are new), (2) the nightly sweep once figures and grades
/// are in place (nothing changes: the steady state), and (3) the cost of grade changes, which go one by one through the
/// content manager (version, history, GradeChange, workflow triggers). Not top-level statements: those would declare a
/// global Program that hides the host's.
/// </summary>
public static class EntryPoint
{
    private static readonly GradeRuleSet Rules = new(
    [
        new GradeRule("VIP", "VIP", "PurchasesLast12Months:gte:2,RfmRecency:gte:4,AverageBasket:gte:1.5*@tenantAverageBasket"),
        new GradeRule("A", "A", "RfmTotal:gte:12"),
        new GradeRule("B", "B", "RfmTotal:gte:6"),
        new GradeRule("C", "C", "RfmTotal:gte:3"),
    ], 2);

    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, GradeBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        var cancellationToken = CancellationToken.None;
        var note = $"crm-bench-grades v1: customers={options.Customers}";
        await using var storage = await BenchStorage.CreateAsync(options.Storage, note);
        await using var host = storage.DrivenHost();
        host.Start();
        var output = Console.Out;
        output.WriteLine($"machine: {BenchMachine.Description}, load: {BenchMachine.LoadAverage()}, provider: {options.Storage.Provider}, customers: {options.Customers:N0}");
        await using var scope = host.TenantScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TenantDb>();
        var today = await services.GetRequiredService<TenantCalendar>().TodayAsync(cancellationToken);
        if (!storage.Reused)
        {
            var seeding = Stopwatch.StartNew();
            await GradeBenchSeeder.SeedAsync(host, options.Customers, today, cancellationToken);
            await storage.NoteSeedAsync(note);
            output.WriteLine($"seeded {options.Customers:N0} customers and {await CountAsync(db, "SalesOrder"):N0} orders in {seeding.Elapsed.TotalSeconds:F0} s");
        }

        await SetRulesAsync(services, GradeRuleSet.Empty, cancellationToken);
        var figures = await SweepAsync(services, cancellationToken);
        output.WriteLine($"1. sweep writing every customer's RFM figures (no rules): {figures.Seconds:F1} s, {figures.Customers:N0} customers");

        // Bench shortcut, not product code: give every customer the grade the rules say, set-based, so the next sweep finds nothing to change.
        var sweepState = await services.GetRequiredService<GradeSweepStore>().GetAsync(cancellationToken);
        var compiled = (await services.GetRequiredService<GradeRuleCompiler>().CompileAsync(Rules,
            new Dictionary<string, decimal?> { [GradeParameters.TenantAverageBasket] = sweepState!.TenantAverage }, cancellationToken)).Rules;
        var preset = Stopwatch.StartNew();
        foreach (var rule in compiled.Reverse()) await db.ExecuteAsync(SetGradeSql(db.Dialect, rule), new Dapper.DynamicParameters(rule.Query.Parameters), cancellationToken);
        output.WriteLine($"   (bench shortcut: grades preset by one UPDATE per rule in {preset.Elapsed.TotalSeconds:F1} s)");

        await SetRulesAsync(services, Rules, cancellationToken);
        var steady = await SweepAsync(services, cancellationToken);
        output.WriteLine($"2. nightly sweep, figures and grades already right: {steady.Seconds:F1} s, {steady.Customers:N0} customers, {steady.Changes:N0} grade changes");

        await PartsAsync(services, output, cancellationToken);

        await db.ExecuteAsync(ClearGradesSql(db.Dialect), new { limit = options.Changes }, cancellationToken);
        var changed = await SweepAsync(services, cancellationToken);
        var perChange = (changed.Seconds - steady.Seconds) / Math.Max(changed.Changes, 1) * 1000;
        output.WriteLine($"3. sweep after {options.Changes:N0} customers lost their grade: {changed.Seconds:F1} s, {changed.Changes:N0} grade changes " +
                         $"(≈ {perChange:F2} ms per change through the content manager, {await CountAsync(db, "GradeChange"):N0} GradeChange items)");
        output.WriteLine($"load at the end: {BenchMachine.LoadAverage()}");
        return 0;
    }

    private static async Task<(double Seconds, long Customers, long Changes)> SweepAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await services.GetRequiredService<GradeSweepStore>().RequestAsync(clock.GetUtcNow(), cancellationToken);
        var sweep = services.GetServices<Crm.Core.Scheduling.IDueWorkProcessor>().OfType<GradeSweep>().Single();
        var watch = Stopwatch.StartNew();
        while (await sweep.RunDueAsync(clock.GetUtcNow(), cancellationToken) is { } next && next <= clock.GetUtcNow())
        {
        }
        var state = await services.GetRequiredService<GradeSweepStore>().GetAsync(cancellationToken);
        if (state?.Error is { } error) throw new InvalidOperationException(error);
        return (watch.Elapsed.TotalSeconds, state!.Customers, state.Changes);
    }

    /// <summary>The steady sweep's parts: the one RFM statement, and one id range's figure write and grading (the middle range).</summary>
    private static async Task PartsAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TenantDb>();
        var defs = await services.GetRequiredService<Crm.Core.Content.Definitions.ContentDefinitionManager>().GetAsync(cancellationToken);
        var (fields, _) = Crm.Grades.Rfm.RfmFields.Find(defs, services.GetRequiredService<Crm.Core.Content.Fields.FieldKinds>(), db.Dialect);
        var since = (await services.GetRequiredService<TenantCalendar>().TodayAsync(cancellationToken)).AddMonths(-12);
        var watch = Stopwatch.StartNew();
        var (_, average) = await services.GetRequiredService<Crm.Grades.Rfm.RfmCalculator>().ComputeAsync(since, fields!.Currency, cancellationToken);
        var compute = watch.Elapsed.TotalMilliseconds;
        var ids = await db.QueryAsync<string>("SELECT id FROM content_items WHERE content_type = 'Customer' AND deleted_utc IS NULL ORDER BY id", null, cancellationToken);
        var (after, upto) = (ids[ids.Count / 2], ids[Math.Min(ids.Count - 1, ids.Count / 2 + GradeSweep.RangeSize)]);
        watch.Restart();
        var written = await services.GetRequiredService<Crm.Grades.Rfm.RfmWriter>().WriteAsync(fields, after, upto, cancellationToken);
        var write = watch.Elapsed.TotalMilliseconds;
        var compiled = (await services.GetRequiredService<GradeRuleCompiler>().CompileAsync(Rules,
            new Dictionary<string, decimal?> { [GradeParameters.TenantAverageBasket] = average }, cancellationToken)).Rules;
        watch.Restart();
        await services.GetRequiredService<GradeAssigner>().AssignAsync(compiled, fields, after, upto, cancellationToken);
        output.WriteLine($"   parts: RFM statement over all customers {compute / 1000:F1} s; one range of {GradeSweep.RangeSize:N0}: figures {write:F0} ms ({written} rows rewritten), grading {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static Task SetRulesAsync(IServiceProvider services, GradeRuleSet rules, CancellationToken cancellationToken) =>
        services.GetRequiredService<SiteSettings>().SetAsync(GradeRuleSet.SettingName, rules.ToJson(), cancellationToken);

    private static string SetGradeSql(ISqlDialect dialect, CompiledGradeRule rule) => dialect.Provider == DatabaseProvider.Postgres
        ? $"UPDATE content_items SET data = jsonb_set(data, '{{Customer,Grade}}', to_jsonb(CAST('{rule.Rule.Grade}' AS text))) WHERE {rule.Query.Where}"
        : $"UPDATE content_items SET data = json_set(data, '$.Customer.Grade', '{rule.Rule.Grade}') WHERE {rule.Query.Where}";

    private static string ClearGradesSql(ISqlDialect dialect) => dialect.Provider == DatabaseProvider.Postgres
        ? "UPDATE content_items SET data = data #- '{Customer,Grade}' WHERE id IN (SELECT id FROM content_items WHERE content_type = 'Customer' AND deleted_utc IS NULL ORDER BY id LIMIT @limit)"
        : "UPDATE content_items SET data = json_remove(data, '$.Customer.Grade') WHERE id IN (SELECT id FROM content_items WHERE content_type = 'Customer' AND deleted_utc IS NULL ORDER BY id LIMIT @limit)";

    private static Task<long> CountAsync(TenantDb db, string type) =>
        db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = @type AND deleted_utc IS NULL", new { type });
}
