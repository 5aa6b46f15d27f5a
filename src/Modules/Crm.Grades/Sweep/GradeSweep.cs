using System.Globalization;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Microsoft.Extensions.Logging;

namespace Crm.Grades.Sweep;

/// <summary>
/// Recalculates every customer's RFM figures and grade, nightly at the rules' SweepHour in the tenant's time zone and when an
/// admin asks: first one statement computes the figures of all buying customers (grade_rfm) and the tenant's average basket,
/// then the customers are walked in id ranges of <see cref="RangeSize"/> — per range one statement writes the changed
/// figures and one statement per rule finds its matches — a few ranges per run, each in its own transaction, the position
/// kept in the database so a restart resumes. Broken rules (a field removed since they were saved) stop the grading and are
/// reported on /admin/grades; the figures are still written.
/// </summary>
public sealed class GradeSweep(
    TenantDb db,
    FeatureManager features,
    GradeSweepStore store,
    SiteSettings settings,
    TenantCalendar calendar,
    ContentDefinitionManager definitions,
    FieldKinds kinds,
    RfmCalculator calculator,
    RfmWriter writer,
    GradeRuleCompiler compiler,
    GradeAssigner assigner,
    TimeProvider clock,
    ILogger<GradeSweep> logger) : IDueWorkProcessor
{
    public const int RangeSize = 2000;
    private const int RangesPerRun = 25;
    private static readonly TimeSpan TurnTime = TimeSpan.FromSeconds(60);

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(GradesFeature.Id, cancellationToken)) return null;
        var state = await store.GetAsync(cancellationToken);
        if (state is null) return null;
        var rules = GradeRuleSet.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(GradeRuleSet.SettingName));

        if (state.Phase == GradeSweepState.Idle)
        {
            var due = Earliest(Parse(state.RequestedUtc), Parse(state.NextUtc)) ?? await NextNightlyAsync(rules, now, cancellationToken);
            if (due > now)
            {
                if (state.NextUtc is null) await SaveNextAsync(state, due, cancellationToken);
                return due;
            }
            await StartAsync(state, now, cancellationToken);
        }

        var defs = await definitions.GetAsync(cancellationToken);
        var (fields, missing) = RfmFields.Find(defs, kinds, db.Dialect);
        var problems = new List<string>();
        if (fields is null) problems.Add($"The Customer type lacks the fields {string.Join(", ", missing)}.");
        IReadOnlyList<CompiledGradeRule> compiled = [];
        if (fields is not null)
        {
            var parameters = new Dictionary<string, decimal?> { [GradeParameters.TenantAverageBasket] = state.TenantAverage };
            var result = await compiler.CompileAsync(rules, parameters, cancellationToken);
            compiled = result.Rules;
            problems.AddRange(result.Problems.Select(p => p.ToString()));
        }

        var finished = fields is null;
        var turn = clock.GetTimestamp();
        // A turn ends after RangesPerRun ranges or TurnTime, whichever comes first: a first grading writes a change per
        // customer, and the tenant's scheduler lease must not run out under it.
        for (var range = 0; range < RangesPerRun && !finished && clock.GetElapsedTime(turn) < TurnTime; range++)
        {
            var ids = await db.QueryAsync<string>(
                CustomerRange.Next,
                new { after = state.AfterId, size = RangeSize }, cancellationToken);
            if (ids.Count == 0)
            {
                finished = true;
                break;
            }
            await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
            {
                await writer.WriteAsync(fields!, state.AfterId, ids[^1], cancellationToken);
                state.Changes += await assigner.AssignAsync(compiled, fields!, state.AfterId, ids[^1], cancellationToken);
                state.Customers += ids.Count;
                state.AfterId = ids[^1];
                await store.SaveAsync(state, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finished = ids.Count < RangeSize;
        }
        if (!finished) return now;

        state.Phase = GradeSweepState.Idle;
        state.FinishedUtc = DateTimeFieldKind.Canonical(clock.GetUtcNow());
        state.Error = problems.Count == 0 ? null : Cut(string.Join(" ", problems));
        if (problems.Count > 0) logger.LogWarning("Customer grades were not recalculated: {Problems}", state.Error);
        // A request made while this run was going needs a run of its own.
        if (Parse(state.RequestedUtc) is { } requested && Parse(state.StartedUtc) is { } started && requested <= started) state.RequestedUtc = null;
        var next = await NextNightlyAsync(rules, clock.GetUtcNow(), cancellationToken);
        state.NextUtc = DateTimeFieldKind.Canonical(next);
        await store.SaveAsync(state, cancellationToken);
        return Earliest(Parse(state.RequestedUtc), next);
    }

    private async Task StartAsync(GradeSweepState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var (fields, _) = RfmFields.Find(defs, kinds, db.Dialect);
        var since = (await calendar.TodayAsync(cancellationToken)).AddMonths(-12);
        var (_, average) = await calculator.ComputeAsync(since, fields?.Currency ?? "KRW", cancellationToken);
        state.Phase = GradeSweepState.Batches;
        state.StartedUtc = DateTimeFieldKind.Canonical(now);
        state.AfterId = "";
        state.TenantAverage = average;
        state.Customers = 0;
        state.Changes = 0;
        await store.SaveAsync(state, cancellationToken);
    }

    private async Task SaveNextAsync(GradeSweepState state, DateTimeOffset next, CancellationToken cancellationToken)
    {
        state.NextUtc = DateTimeFieldKind.Canonical(next);
        await store.SaveAsync(state, cancellationToken);
    }

    /// <summary>The next SweepHour:00 on the tenant's wall clock after <paramref name="now"/>.</summary>
    private async Task<DateTimeOffset> NextNightlyAsync(GradeRuleSet rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var at = (await calendar.StartOfAsync(today, cancellationToken)).AddHours(rules.SweepHour);
        return at > now ? at : (await calendar.StartOfAsync(today.AddDays(1), cancellationToken)).AddHours(rules.SweepHour);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string Cut(string text) => text.Length > 4000 ? text[..4000] : text;
}
