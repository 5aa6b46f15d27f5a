using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Crm.HelpdeskMail.Inbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.HelpdeskMail.Imap;

/// <summary>
/// Reads the tenant's IMAP folder every <see cref="ImapSettings.PollMinutes"/> when the scheduler wakes the tenant: each
/// unread message goes through <see cref="InboundMailProcessor"/> (idempotent by Message-ID, so a crash between making the
/// ticket and flagging the message makes no second ticket) and is then marked seen (and moved). A message too large or not
/// MIME is flagged too, so it is not read again; a failure to reach the server is kept for the settings screen and retried
/// at the next poll.
/// </summary>
public sealed class ImapPoller(
    FeatureManager features,
    ImapSettingsStore settingsStore,
    ImapPollStore polls,
    IHelpdeskMailboxOpener opener,
    InboundMailProcessor processor,
    IOptions<InboundMailOptions> options,
    TimeProvider clock,
    ILogger<ImapPoller> logger) : IDueWorkProcessor
{
    /// <summary>Messages read per poll; the rest wait for the next one.</summary>
    public const int BatchSize = 50;

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(MailFeatures.Email, cancellationToken)) return null;
        var settings = await settingsStore.GetAsync(cancellationToken);
        if (!settings.IsConfigured) return null;
        if (await polls.GetAsync(cancellationToken) is { } state && Parse(state.NextUtc) is { } due && due > now) return due;

        var next = now + TimeSpan.FromMinutes(settings.PollMinutes);
        int count;
        string? error = null;
        try
        {
            count = await PollAsync(settings, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Polling the helpdesk mailbox {Host} failed", settings.Host);
            count = 0;
            error = $"{e.GetType().Name}: {e.Message}";
        }
        await polls.RecordAsync(clock.GetUtcNow(), next, count, error, cancellationToken);
        return next;
    }

    /// <returns>How many messages were read.</returns>
    private async Task<int> PollAsync(ImapSettings settings, CancellationToken cancellationToken)
    {
        await using var mailbox = await opener.OpenAsync(settings, settingsStore.Password(settings), cancellationToken);
        var unread = await mailbox.UnreadAsync(BatchSize, cancellationToken);
        foreach (var message in unread)
        {
            if (message.Size > options.Value.MaxMessageBytes)
            {
                logger.LogWarning("Helpdesk mail UID {Uid} is {Size} bytes, more than the {Max} allowed: left unprocessed and marked seen", message.Uid, message.Size, options.Value.MaxMessageBytes);
            }
            else
            {
                await ProcessAsync(mailbox, message, cancellationToken);
            }
            await mailbox.MarkProcessedAsync(message, cancellationToken);
        }
        return unread.Count;
    }

    private async Task ProcessAsync(IHelpdeskMailbox mailbox, MailboxMessage message, CancellationToken cancellationToken)
    {
        InboundMail mail;
        try
        {
            mail = await InboundMailReader.ReadAsync(await mailbox.RawAsync(message, cancellationToken), cancellationToken);
        }
        catch (MailRejectedException e)
        {
            logger.LogWarning("Helpdesk mail UID {Uid} cannot become a ticket: {Problem}", message.Uid, e.Message);
            return;
        }
        await processor.ProcessAsync(mail, InboundMailStore.SourceImap, cancellationToken);
    }

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
