using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.EmailCampaigns.Sending;

/// <summary>The SQL of campaign runs and recipients (email_campaign_runs, email_campaign_recipients).</summary>
public sealed class RecipientStore(TenantDb db)
{
    public const string Columns =
        "id AS Id, campaign_id AS CampaignId, customer_id AS CustomerId, position AS Position, email AS Email, name AS Name, status AS Status, reason AS Reason, token AS Token, " +
        "outbox_id AS OutboxId, queued_utc AS QueuedUtc, sent_utc AS SentUtc, opened_utc AS OpenedUtc, clicked_utc AS ClickedUtc, unsubscribed_utc AS UnsubscribedUtc";

    private const string RunColumns = "campaign_id AS CampaignId, started_utc AS StartedUtc, audience_count AS AudienceCount, next_send_utc AS NextSendUtc, finished_utc AS FinishedUtc";

    /// <summary>Starts the campaign's run; false when it has one already (its audience was materialised before).</summary>
    public async Task<bool> StartRunAsync(string campaignId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "INSERT INTO email_campaign_runs (campaign_id, started_utc, audience_count, next_send_utc) VALUES (@campaignId, @now, 0, @now) ON CONFLICT (campaign_id) DO NOTHING",
            new { campaignId, now = Stamp(now) }, cancellationToken) == 1;

    public Task<CampaignRun?> RunAsync(string campaignId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<CampaignRun>($"SELECT {RunColumns} FROM email_campaign_runs WHERE campaign_id = @campaignId", new { campaignId }, cancellationToken);

    public Task<IReadOnlyList<CampaignRun>> UnfinishedRunsAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<CampaignRun>($"SELECT {RunColumns} FROM email_campaign_runs WHERE finished_utc IS NULL ORDER BY next_send_utc", null, cancellationToken);

    private static readonly string[] InsertColumns = ["id", "campaign_id", "customer_id", "position", "email", "name", "status", "reason", "token"];

    private const string InsertOne =
        "INSERT INTO email_campaign_recipients (id, campaign_id, customer_id, position, email, name, status, reason, token) " +
        "VALUES (@Id, @CampaignId, @CustomerId, @Position, @Email, @Name, @Status, @Reason, @Token)";

    /// <summary>
    /// Writes recipients in the caller's transaction, the fastest way per provider (bench/README.md, Crm.Bench.EmailCampaigns):
    /// PostgreSQL pays a round trip per statement, so multi-row INSERTs (~5× faster than a statement per row); SQLite runs
    /// in-process and Dapper re-binds one prepared INSERT per row, which no multi-row statement beat there. All or none are
    /// stored with the transaction, and the unique (campaign, customer) index refuses a customer twice.
    /// </summary>
    public Task AddAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken) => db.Dialect.Provider == DatabaseProvider.Sqlite
        ? db.ExecuteAsync(InsertOne, recipients, cancellationToken)
        : BulkInsert.ExecuteAsync(db, "email_campaign_recipients", InsertColumns, new HashSet<string>(), recipients
            .Select(r => new object?[] { r.Id, r.CampaignId, r.CustomerId, r.Position, r.Email, r.Name, r.Status, r.Reason, r.Token }).ToList(), cancellationToken);

    public Task SetAudienceCountAsync(string campaignId, int count, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_runs SET audience_count = @count WHERE campaign_id = @campaignId", new { campaignId, count }, cancellationToken);

    public Task SetNextSendAsync(string campaignId, DateTimeOffset next, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_runs SET next_send_utc = @next WHERE campaign_id = @campaignId", new { campaignId, next = Stamp(next) }, cancellationToken);

    public Task FinishRunAsync(string campaignId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_runs SET finished_utc = @now WHERE campaign_id = @campaignId AND finished_utc IS NULL",
            new { campaignId, now = Stamp(now) }, cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="limit"/> Pending recipients of the campaign for sending (now Queued), in the caller's
    /// transaction: the rows are picked first (locked, and on PostgreSQL rows another node holds are skipped) and then
    /// marked, so a row is taken by one caller only — which is what keeps a customer from being mailed twice.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> TakePendingAsync(string campaignId, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.QueryAsync<string>(
            $"SELECT id FROM email_campaign_recipients WHERE campaign_id = @campaignId AND status = @pending ORDER BY position LIMIT @limit {db.Dialect.ClaimLockSuffix}",
            new { campaignId, limit, pending = RecipientStatus.Pending }, cancellationToken);
        if (ids.Count == 0) return [];
        return await db.QueryAsync<Recipient>(
            $"UPDATE email_campaign_recipients SET status = @queued, queued_utc = @now WHERE {db.Dialect.InList("id", "ids")} AND status = @pending RETURNING {Columns}",
            new { ids = ids.ToArray(), now = Stamp(now), queued = RecipientStatus.Queued, pending = RecipientStatus.Pending }, cancellationToken);
    }

    public Task SetOutboxIdAsync(string id, string outboxId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_recipients SET outbox_id = @outboxId WHERE id = @id", new { id, outboxId }, cancellationToken);

    /// <summary>Ends a recipient that has not ended yet (Pending or Queued) as Sent, Failed or Skipped.</summary>
    public async Task<bool> EndAsync(string id, string status, string? reason, DateTimeOffset? sentUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE email_campaign_recipients SET status = @status, reason = @reason, sent_utc = @sent WHERE id = @id AND status IN (@pending, @queued)",
            new { id, status, reason = Truncate(reason), sent = sentUtc is { } s ? Stamp(s) : null, pending = RecipientStatus.Pending, queued = RecipientStatus.Queued },
            cancellationToken) == 1;

    /// <summary>Skips every recipient still Pending (a cancelled campaign).</summary>
    public Task<int> SkipPendingAsync(string campaignId, string reason, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_recipients SET status = @skipped, reason = @reason WHERE campaign_id = @campaignId AND status = @pending",
            new { campaignId, reason, skipped = RecipientStatus.Skipped, pending = RecipientStatus.Pending }, cancellationToken);

    public async Task<int> UnendedCountAsync(string campaignId, CancellationToken cancellationToken) =>
        (int)await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_recipients WHERE campaign_id = @campaignId AND status IN (@pending, @queued)",
            new { campaignId, pending = RecipientStatus.Pending, queued = RecipientStatus.Queued }, cancellationToken);

    /// <summary>How many of the campaign's mails were handed to the outbox after <paramref name="since"/> (the rate limit's hard window).</summary>
    public async Task<int> QueuedAfterAsync(string campaignId, DateTimeOffset since, CancellationToken cancellationToken) =>
        (int)await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_recipients WHERE campaign_id = @campaignId AND queued_utc > @since",
            new { campaignId, since = Stamp(since) }, cancellationToken);

    public async Task<bool> AnyPendingAsync(string campaignId, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_recipients WHERE campaign_id = @campaignId AND status = @pending",
            new { campaignId, pending = RecipientStatus.Pending }, cancellationToken) > 0;

    public Task<Recipient?> ByTokenAsync(string token, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<Recipient>($"SELECT {Columns} FROM email_campaign_recipients WHERE token = @token", new { token }, cancellationToken);

    /// <summary>Records the first open (a click counts as an open too); false for an unknown token.</summary>
    public async Task<bool> OpenedAsync(string token, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("UPDATE email_campaign_recipients SET opened_utc = COALESCE(opened_utc, @now) WHERE token = @token", new { token, now = Stamp(now) }, cancellationToken) == 1;

    /// <summary>Records the recipient's first click (and an open, if none was seen); false for a later click or an unknown token.</summary>
    public async Task<bool> FirstClickAsync(string token, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE email_campaign_recipients SET clicked_utc = @now, opened_utc = COALESCE(opened_utc, @now) WHERE token = @token AND clicked_utc IS NULL",
            new { token, now = Stamp(now) }, cancellationToken) == 1;

    /// <summary>The first and last time a mail of the campaign was sent; null when none was.</summary>
    public async Task<(DateTimeOffset First, DateTimeOffset Last)?> SentSpanAsync(string campaignId, CancellationToken cancellationToken)
    {
        var span = await db.QuerySingleOrDefaultAsync<SentSpan>(
            "SELECT MIN(sent_utc) AS First, MAX(sent_utc) AS Last FROM email_campaign_recipients WHERE campaign_id = @campaignId AND status = @sent",
            new { campaignId, sent = RecipientStatus.Sent }, cancellationToken);
        return span is { First: { } first, Last: { } last } ? (Parse(first), Parse(last)) : null;
    }

    /// <summary>How many of the campaign's mails were sent from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public async Task<int> SentBetweenAsync(string campaignId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        (int)await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM email_campaign_recipients WHERE campaign_id = @campaignId AND status = @sent AND sent_utc >= @start AND sent_utc < @end",
            new { campaignId, sent = RecipientStatus.Sent, start = Stamp(start), end = Stamp(end) }, cancellationToken);

    public Task UnsubscribedAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE email_campaign_recipients SET unsubscribed_utc = COALESCE(unsubscribed_utc, @now) WHERE id = @id", new { id, now = Stamp(now) }, cancellationToken);

    public static string Stamp(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);

    public static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture);

    private sealed record SentSpan
    {
        public string? First { get; init; }
        public string? Last { get; init; }
    }

    private static string? Truncate(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
