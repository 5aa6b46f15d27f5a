using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// After the stage probabilities change, walks the open opportunities in id order and saves each whose probability no
/// longer matches its stage, in the background (pages of <see cref="PageSize"/>, a few pages per run, the position kept
/// in the database). Each save goes through the content manager, so <see cref="OpportunityPreparer"/> derives the
/// probability and weighted amount and the item's history says what changed. An item someone saves meanwhile is skipped:
/// their save derived the new values already.
/// </summary>
public sealed class ProbabilityRecalculation(TenantDb db, FeatureManager features, SiteSettings settings, ContentQuery query, ContentManager content,
    DueWork due, TimeProvider clock) : IDueWorkProcessor
{
    public const int PageSize = 500;
    private const int PagesPerRun = 10;

    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(
            "INSERT INTO opportunity_recalculations (id, requested_utc, after_id) VALUES (1, @now, '') ON CONFLICT (id) DO UPDATE SET requested_utc = excluded.requested_utc, after_id = ''",
            new { now = DateTimeFieldKind.Canonical(now) }, cancellationToken);
        await due.ScheduleAsync(now, cancellationToken);
    }

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return null;
        var request = await db.QuerySingleOrDefaultAsync<(string RequestedUtc, string AfterId)?>(
            "SELECT requested_utc, after_id FROM opportunity_recalculations WHERE id = 1", null, cancellationToken);
        if (request is not { } pending) return null;

        var pipeline = PipelineProbabilities.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(PipelineProbabilities.SettingName));
        var after = pending.AfterId;
        var finished = false;
        for (var page = 0; page < PagesPerRun && !finished; page++)
        {
            var items = (await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = OpportunityModel.Opportunity,
                Filter = FilterText.Parse($"not({OpportunityModel.Stage}:in:{OpportunityModel.Won}|{OpportunityModel.Lost}){(after.Length > 0 ? $",Id:gt:{after}" : "")}"),
                OrderBy = ["Id"],
                First = PageSize,
                Count = CountMode.None,
            }, cancellationToken)).Items;
            foreach (var item in items) await RefreshAsync(item, pipeline, cancellationToken);
            finished = items.Count < PageSize;
            if (items.Count > 0) after = items[^1].Id;
        }

        // A newer request (the probabilities changed again meanwhile) restarted the walk: leave its row alone.
        if (finished)
        {
            await db.ExecuteAsync("DELETE FROM opportunity_recalculations WHERE id = 1 AND requested_utc = @requested", new { requested = pending.RequestedUtc }, cancellationToken);
            return null;
        }
        await db.ExecuteAsync("UPDATE opportunity_recalculations SET after_id = @after WHERE id = 1 AND requested_utc = @requested",
            new { after, requested = pending.RequestedUtc }, cancellationToken);
        return now;
    }

    private async Task RefreshAsync(ContentItem item, PipelineProbabilities pipeline, CancellationToken cancellationToken)
    {
        var percent = pipeline.PercentOf(item.Text(OpportunityModel.Stage));
        if (ItemValues.Number(item, OpportunityModel.Probability) == percent) return;
        try
        {
            await content.UpdateAsync(item.Id, new JsonObject { [OpportunityModel.Probability] = percent }, item.Version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            // Saved meanwhile: that save derived the probability from the new settings.
        }
        catch (ContentValidationException)
        {
            // An item that breaks a rule added since it was saved keeps its old probability until someone corrects it.
        }
    }
}
