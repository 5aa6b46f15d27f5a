using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Email.Services;
using Crm.EmailCampaigns.Tracking;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// Turns a campaign's audience (its saved query, run now) into one recipient row per customer, exactly once: the rows and
/// the run that guards them are written in the caller's transaction, and a second attempt finds the run and writes nothing.
/// A customer without a usable address, one who opted out, or a second customer with an address already on the list is
/// Skipped with the reason; the rest wait as Pending for their slot under the rate limit. The
/// <see cref="IRecipientListener"/>s hear of the recipients in the same transaction.
/// </summary>
public sealed class AudienceMaterializer(SavedQueries savedQueries, ContentQuery query, RecipientStore store, IEnumerable<IRecipientListener> listeners)
{
    private const int PageSize = 500;

    /// <returns>The audience size, or null when the campaign's audience was materialised before.</returns>
    /// <exception cref="FilterException">The saved query is gone or no longer valid.</exception>
    public async Task<int?> MaterializeAsync(ContentItem campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = campaign.Text(EmailCampaignModel.Audience) ?? "";
        var saved = await savedQueries.GetAsync(name, cancellationToken) ?? throw new FilterException("$.Audience", $"there is no saved query named '{name}'");
        if (!await store.StartRunAsync(campaign.Id, now, cancellationToken)) return null;

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        var all = new List<Recipient>();
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = saved.ContentType, Filter = FilterJson.Parse(saved.Filter), OrderBy = ["CreatedUtc", "Id"], First = PageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            var position = count;
            var recipients = page.Items.Select(customer => RecipientFor(campaign.Id, customer, position++, seen, now)).ToList();
            await store.AddAsync(recipients, cancellationToken);
            all.AddRange(recipients);
            count += page.Items.Count;
            after = page.NextCursor;
        }
        while (after is not null);
        await store.SetAudienceCountAsync(campaign.Id, count, cancellationToken);
        foreach (var listener in listeners) await listener.MaterializedAsync(campaign, all, cancellationToken);
        return count;
    }

    private static Recipient RecipientFor(string campaignId, ContentItem customer, int position, HashSet<string> seen, DateTimeOffset now)
    {
        var address = EmailAddresses.Parse(customer.Text(EmailCampaignModel.CustomerEmail))?.Address;
        var skip = SkipReason(customer, address) ?? (seen.Add(address!) ? null : SkipReasons.DuplicateAddress);
        return new Recipient
        {
            Id = Ulid.NewUlid(now).ToString(), CampaignId = campaignId, CustomerId = customer.Id, Position = position, Email = address,
            Name = Truncate(customer.Text(EmailCampaignModel.CustomerName) ?? customer.DisplayText), Status = skip is null ? RecipientStatus.Pending : RecipientStatus.Skipped,
            Reason = skip, Token = RecipientTokens.New(),
        };
    }

    /// <summary>Why a customer gets no campaign mail (now), or null when they may get it.</summary>
    public static string? SkipReason(ContentItem customer, string? address) =>
        address is null ? SkipReasons.NoAddress
        : customer.Text(EmailCampaignModel.EmailOptOut) == "true" ? SkipReasons.OptedOut
        : null;

    private static string? Truncate(string? name) => name is { Length: > 200 } ? name[..200] : name;
}
