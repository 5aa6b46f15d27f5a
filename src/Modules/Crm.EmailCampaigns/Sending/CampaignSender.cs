using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// The scheduler's side of campaigns: a Scheduled campaign whose time has come gets its audience materialised and becomes
/// Sending (one transaction); each running campaign hands its next recipients to the outbox at its rate
/// (<see cref="CampaignDispatch"/>); a campaign none of whose recipients still waits becomes Sent. Answers when the next
/// campaign starts or the next slot opens.
/// </summary>
public sealed class CampaignSender(
    FeatureManager features,
    ContentQuery query,
    ContentManager content,
    TenantDb db,
    AudienceMaterializer materializer,
    RecipientStore store,
    CampaignDispatch dispatch,
    IEnumerable<IRecipientListener> listeners,
    ILogger<CampaignSender> logger) : IDueWorkProcessor
{
    private const int StartBatch = 100;

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(EmailCampaignModel.FeatureId, cancellationToken)) return null;
        DateTimeOffset? next = null;
        var starting = await ScheduledAsync(new JsonObject { ["lte"] = RecipientStore.Stamp(now) }, StartBatch, cancellationToken);
        foreach (var campaign in starting)
        {
            // One that could not start (changed meanwhile) is looked at again shortly; a full batch means more may be due now.
            if (!await StartAsync(campaign, now, cancellationToken)) next = now + RateWindow.MinimumTick;
        }
        if (starting.Count == StartBatch) next = now;

        foreach (var run in await store.UnfinishedRunsAsync(cancellationToken))
        {
            if (await RunAsync(run, now, cancellationToken) is { } due && (next is null || due < next)) next = due;
        }
        var upcoming = await ScheduledAsync(new JsonObject { ["gt"] = RecipientStore.Stamp(now) }, 1, cancellationToken);
        if (upcoming.Count > 0 && ScheduledAt(upcoming[0]) is { } at && (next is null || at < next)) next = at;
        return next;
    }

    private async Task<IReadOnlyList<ContentItem>> ScheduledAsync(JsonObject when, int first, CancellationToken cancellationToken) =>
        (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = EmailCampaignModel.EmailCampaign,
            Filter = FilterJson.Parse(new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Scheduled, [EmailCampaignModel.ScheduledAt] = when }),
            OrderBy = [EmailCampaignModel.ScheduledAt, "Id"], First = first, Count = CountMode.None,
        }, cancellationToken)).Items;

    /// <summary>Materialises the audience and marks the campaign Sending, together; a failure leaves both as they were.</summary>
    /// <returns>False when the campaign changed meanwhile and should be looked at again.</returns>
    private async Task<bool> StartAsync(ContentItem campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var size = await materializer.MaterializeAsync(campaign, now, cancellationToken);
            await content.UpdateAsync(campaign.Id, new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Sending }, campaign.Version, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Email campaign {Campaign} started: {Size} recipients", campaign.Id, size?.ToString() ?? "(materialised before)");
            return true;
        }
        catch (FilterException e)
        {
            logger.LogWarning("Email campaign {Campaign} cannot start, its audience is not usable ({Error}); it goes back to Draft", campaign.Id, e.Message);
            await content.UpdateAsync(campaign.Id, new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Draft }, campaign.Version, cancellationToken);
            return true;
        }
        catch (ContentConcurrencyException)
        {
            return false; // changed meanwhile (edited, or started by another node)
        }
    }

    private async Task<DateTimeOffset?> RunAsync(CampaignRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var campaign = await content.GetAsync(run.CampaignId, cancellationToken: cancellationToken);
        var status = campaign?.Text(EmailCampaignModel.Status);
        if (campaign is null || status == CampaignStatus.Cancelled)
        {
            await store.SkipPendingAsync(run.CampaignId, SkipReasons.Cancelled, cancellationToken);
        }
        else if (await dispatch.SendDueAsync(campaign, run, now, cancellationToken) is { } due)
        {
            return due;
        }
        if (await store.UnendedCountAsync(run.CampaignId, cancellationToken) > 0) return null; // the outbox wakes us when the queued mail ends
        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            await store.FinishRunAsync(run.CampaignId, now, cancellationToken);
            if (campaign is not null) foreach (var listener in listeners) await listener.SendingEndedAsync(campaign, cancellationToken);
            if (campaign is not null && status == CampaignStatus.Sending)
            {
                await content.UpdateAsync(campaign.Id, new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Sent }, campaign.Version, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (ContentConcurrencyException)
        {
            return now + RateWindow.MinimumTick; // the campaign was edited meanwhile: finish it on the next look
        }
    }

    private static DateTimeOffset? ScheduledAt(ContentItem campaign) =>
        campaign.Text(EmailCampaignModel.ScheduledAt) is { } text ? RecipientStore.Parse(text) : null;
}
