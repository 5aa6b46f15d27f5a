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
    /// <summary>Customers read per query, and recipient rows written per statement batch.</summary>
    public int PageSize { get; init; } = 500;

    /// <returns>The audience size, or null when the campaign's audience was materialised before.</returns>
    /// <exception cref="FilterException">The saved query is gone or no longer valid.</exception>
    public async Task<int?> MaterializeAsync(ContentItem campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = campaign.Text(EmailCampaignModel.Audience) ?? "";
        var saved = await savedQueries.GetAsync(name, cancellationToken) ?? throw new FilterException("$.Audience", $"there is no saved query named '{name}'");
        if (!await store.StartRunAsync(campaign.Id, now, cancellationToken)) return null;

        var audience = await ReadAsync(saved, cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = audience.Select((member, position) => RecipientFor(campaign.Id, member, position, seen, now)).ToList();
        foreach (var page in all.Chunk(PageSize)) await store.AddAsync(page, cancellationToken);
        await store.SetAudienceCountAsync(campaign.Id, all.Count, cancellationToken);
        foreach (var listener in listeners) await listener.MaterializedAsync(campaign, all, cancellationToken);
        return all.Count;
    }

    /// <summary>
    /// One page of the audience, after the previous page's cursor: keyset on the primary key alone, which the database
    /// seeks in its own index instead of sorting every customer the filter matches once per page, as keyset on
    /// (CreatedUtc, Id) did — quadratic, 10–40 s of reading at 100,000 customers (bench/README.md, Crm.Bench.EmailCampaigns).
    /// </summary>
    public ContentQueryRequest PageRequest(SavedQuery saved, string? after) => new()
    {
        ContentType = saved.ContentType, Filter = FilterJson.Parse(saved.Filter), OrderBy = ["Id"], First = PageSize, After = after, Count = CountMode.None,
    };

    /// <summary>
    /// Every customer of the audience, as much of each as the recipient row needs, in the order they were created (ids
    /// follow creation only under a real clock, and not within a millisecond): the order recipients are numbered, mailed
    /// and kept when they share an address.
    /// </summary>
    private async Task<List<AudienceMember>> ReadAsync(SavedQuery saved, CancellationToken cancellationToken)
    {
        var audience = new List<AudienceMember>();
        string? after = null;
        do
        {
            var page = await query.QueryAsync(PageRequest(saved, after), cancellationToken);
            audience.AddRange(page.Items.Select(AudienceMember.Of));
            after = page.NextCursor;
        }
        while (after is not null);
        audience.Sort(AudienceMember.InCreationOrder);
        return audience;
    }

    private static Recipient RecipientFor(string campaignId, AudienceMember member, int position, HashSet<string> seen, DateTimeOffset now)
    {
        var skip = member.Skip ?? (seen.Add(member.Address!) ? null : SkipReasons.DuplicateAddress);
        return new Recipient
        {
            Id = Ulid.NewUlid(now).ToString(), CampaignId = campaignId, CustomerId = member.Id, Position = position, Email = member.Address, Name = member.Name,
            Status = skip is null ? RecipientStatus.Pending : RecipientStatus.Skipped, Reason = skip, Token = RecipientTokens.New(),
        };
    }

    /// <summary>Why a customer gets no campaign mail (now), or null when they may get it.</summary>
    public static string? SkipReason(ContentItem customer, string? address) =>
        address is null ? SkipReasons.NoAddress
        : customer.Text(EmailCampaignModel.EmailOptOut) == "true" ? SkipReasons.OptedOut
        : null;
}
