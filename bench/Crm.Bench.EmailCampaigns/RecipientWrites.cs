using System.Diagnostics;
using Crm.Core.Data;
using Crm.EmailCampaigns;
using Crm.EmailCampaigns.Sending;

namespace Crm.Bench.EmailCampaigns;

/// <summary>
/// The write half of materialising alone, A/B in one process (the machine's load moves too much between runs): the same
/// recipients written as a statement per row (one prepared INSERT that Dapper re-binds) and as multi-row INSERTs
/// (<see cref="BulkInsert"/>), each in pages of 500 as the materialiser hands them over, in one transaction per campaign.
/// <see cref="RecipientStore.AddAsync"/> takes the faster of the two per provider.
/// </summary>
public static class RecipientWrites
{
    private const int PageSize = 500;

    /// <summary>Dapper runs the INSERT once per recipient (RecipientStore.AddAsync's way on SQLite, and before on both).</summary>
    private const string PerRowInsert =
        "INSERT INTO email_campaign_recipients (id, campaign_id, customer_id, position, email, name, status, reason, token) " +
        "VALUES (@Id, @CampaignId, @CustomerId, @Position, @Email, @Name, @Status, @Reason, @Token)";

    private static readonly string[] Columns = ["id", "campaign_id", "customer_id", "position", "email", "name", "status", "reason", "token"];

    public static async Task<double> BatchedAsync(TenantDb db, IReadOnlyList<string> customers, CancellationToken cancellationToken) =>
        await TimeAsync(db, customers, page => BulkInsert.ExecuteAsync(db, "email_campaign_recipients", Columns, new HashSet<string>(),
            page.Select(r => new object?[] { r.Id, r.CampaignId, r.CustomerId, r.Position, r.Email, r.Name, r.Status, r.Reason, r.Token }).ToList(), cancellationToken), cancellationToken);

    public static async Task<double> PerRowAsync(TenantDb db, IReadOnlyList<string> customers, CancellationToken cancellationToken) =>
        await TimeAsync(db, customers, page => db.ExecuteAsync(PerRowInsert, page, cancellationToken), cancellationToken);

    private static async Task<double> TimeAsync(TenantDb db, IReadOnlyList<string> customers, Func<IReadOnlyList<Recipient>, Task> write, CancellationToken cancellationToken)
    {
        var campaign = Ulid.NewUlid().ToString();
        var recipients = customers.Select((customer, i) => new Recipient
        {
            Id = Ulid.NewUlid().ToString(), CampaignId = campaign, CustomerId = customer, Position = i, Email = $"buyer{i}@example.com", Name = $"Customer {i}",
            Status = RecipientStatus.Pending, Token = Ulid.NewUlid().ToString(),
        }).ToList();
        var watch = Stopwatch.StartNew();
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            foreach (var page in recipients.Chunk(PageSize)) await write(page);
            await transaction.CommitAsync(cancellationToken);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var stored = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_recipients WHERE campaign_id = @campaign", new { campaign }, cancellationToken);
        if (stored != customers.Count) throw new InvalidOperationException($"wrote {stored} recipients, expected {customers.Count}");
        return seconds;
    }
}
