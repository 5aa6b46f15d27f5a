using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Core.Templates;
using Crm.Email.Services;
using Crm.EmailCampaigns.Tracking;
using Microsoft.Extensions.Logging;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// Hands a running campaign's next recipients to the outbox at its rate: in one transaction the rows are taken (Pending →
/// Queued, each by one caller only), checked again against the customer as it is now (deleted or opted out since → Skipped),
/// rendered and queued as email whose correlation names the row. The outbox then retries while SMTP is down; the row ends
/// when the outbox says Sent or Failed (<see cref="CampaignDeliveryHandler"/>).
/// </summary>
public sealed class CampaignDispatch(
    TenantDb db,
    ContentManager content,
    RecipientStore store,
    CampaignMail mail,
    CampaignLinks links,
    EmailSender sender,
    LinkTags linkTags,
    TenantCulture culture,
    ILogger<CampaignDispatch> logger)
{
    public const string CorrelationPrefix = "email-campaign:";
    private const int MaxBatch = 200;
    private static readonly TimeSpan NoSiteRetry = TimeSpan.FromMinutes(5);

    /// <returns>When the campaign next has mail to hand over, or null when none is Pending.</returns>
    public async Task<DateTimeOffset?> SendDueAsync(ContentItem campaign, CampaignRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.AnyPendingAsync(campaign.Id, cancellationToken)) return null;
        var perMinute = RatePerMinute(campaign);
        var (slots, nextSlot) = RateWindow.At(RecipientStore.Parse(run.NextSendUtc), now, perMinute, MaxBatch);
        if (slots == 0) return nextSlot;
        // The slots spread the mail out; the count of the last minute's mail is the hard limit (after a pause the slots catch up).
        var allowed = Math.Min(slots, perMinute - await store.QueuedAfterAsync(campaign.Id, now - TimeSpan.FromMinutes(1), cancellationToken));
        if (allowed <= 0) return now + RateWindow.MinimumTick;
        nextSlot = RateWindow.After(RecipientStore.Parse(run.NextSendUtc), now, perMinute, allowed);
        if (await links.SiteAsync(cancellationToken) is not { } site)
        {
            logger.LogWarning("Email campaign {Campaign} waits: set the EmailCampaigns BaseUrl setting so its links can be written", campaign.Id);
            return now + NoSiteRetry;
        }
        var language = await culture.GetAsync(cancellationToken);
        var tags = await linkTags.ForAsync(campaign, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            var taken = await store.TakePendingAsync(campaign.Id, allowed, now, cancellationToken);
            var customers = (await content.GetManyAsync(taken.Select(r => r.CustomerId), cancellationToken)).ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var recipient in taken)
            {
                if (!customers.TryGetValue(recipient.CustomerId, out var customer))
                {
                    await store.EndAsync(recipient.Id, RecipientStatus.Skipped, SkipReasons.CustomerGone, null, cancellationToken);
                }
                else if (AudienceMaterializer.SkipReason(customer, recipient.Email) is { } reason)
                {
                    await store.EndAsync(recipient.Id, RecipientStatus.Skipped, reason, null, cancellationToken);
                }
                else
                {
                    await QueueAsync(campaign, customer, recipient, site, language, tags, cancellationToken);
                }
            }
            await store.SetNextSendAsync(campaign.Id, nextSlot, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (!await store.AnyPendingAsync(campaign.Id, cancellationToken)) return null;
        // A full batch whose slots have all passed comes straight back; otherwise not sooner than the minimum tick.
        return nextSlot <= now ? now : nextSlot > now + RateWindow.MinimumTick ? nextSlot : now + RateWindow.MinimumTick;
    }

    private async Task QueueAsync(ContentItem campaign, ContentItem customer, Recipient recipient, CampaignLinks.Site site, System.Globalization.CultureInfo language,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        try
        {
            var message = mail.Build(campaign, customer, recipient.Email!, recipient.Token, site, language, tags);
            var outboxId = await sender.QueueAsync(message, CorrelationPrefix + recipient.Id, cancellationToken);
            await store.SetOutboxIdAsync(recipient.Id, outboxId, cancellationToken);
        }
        catch (Exception e) when (e is TemplateException or ArgumentException)
        {
            await store.EndAsync(recipient.Id, RecipientStatus.Failed, e.Message, null, cancellationToken);
        }
    }

    public static int RatePerMinute(ContentItem campaign) =>
        int.TryParse(campaign.Text(EmailCampaignModel.RatePerMinute), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var rate)
            ? Math.Clamp(rate, 1, EmailCampaignModel.MaxRatePerMinute)
            : 60;
}
