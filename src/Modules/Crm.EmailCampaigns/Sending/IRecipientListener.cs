using Crm.Core.Content.Store;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// What other features do when a campaign reaches its recipients (e.g. counting it in a marketing campaign's ROI). Each
/// call runs inside the transaction that records the event, so a listener's writes and the event stand or fall together.
/// A listener checks itself whether its feature is enabled. Register as scoped services.
/// </summary>
public interface IRecipientListener
{
    /// <summary>The campaign's audience became its recipients (skipped ones included: see <see cref="Recipient.Status"/>).</summary>
    Task MaterializedAsync(ContentItem campaign, IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The recipient clicked a tracked link for the first time, at <paramref name="at"/>; later clicks are not reported.</summary>
    Task FirstClickAsync(Recipient recipient, DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The campaign's sending ended: every recipient is Sent, Failed or Skipped.</summary>
    Task SendingEndedAsync(ContentItem campaign, CancellationToken cancellationToken) => Task.CompletedTask;
}
