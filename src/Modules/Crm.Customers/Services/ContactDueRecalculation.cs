using System.Text.Json.Nodes;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Customers.Models;

namespace Crm.Customers.Services;

/// <summary>
/// After the recency rules change, walks every customer in id order and rewrites the next-contact dates that changed,
/// in the background (chunks of <see cref="ChunkSize"/>, a few chunks per run, the position kept in the database).
/// A derived value, so it is written in place — no new version or history entry — and only where the row still has the
/// version read, so a concurrent edit (whose own preparer computes the date) is never overwritten.
/// </summary>
public sealed class ContactDueRecalculation(TenantDb db, ContentDefinitionManager definitions, FeatureManager features, SiteSettings settings, DueWork due, TimeProvider clock)
    : IDueWorkProcessor
{
    public const int ChunkSize = 1000;
    private const int ChunksPerRun = 20;

    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(
            "INSERT INTO contact_due_recalculations (id, requested_utc, after_id) VALUES (1, @now, '') ON CONFLICT (id) DO UPDATE SET requested_utc = excluded.requested_utc, after_id = ''",
            new { now = DateTimeFieldKind.Canonical(now) }, cancellationToken);
        await due.ScheduleAsync(now, cancellationToken);
    }

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(CustomersFeature.Id, cancellationToken)) return null;
        var request = await db.QuerySingleOrDefaultAsync<(string RequestedUtc, string AfterId)?>(
            "SELECT requested_utc, after_id FROM contact_due_recalculations WHERE id = 1", null, cancellationToken);
        if (request is not { } pending) return null;

        var defs = await definitions.GetAsync(cancellationToken);
        var fields = CustomerFields.Find(defs);
        var rules = RecencyRules.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(RecencyRules.SettingName));
        var after = pending.AfterId;
        var finished = fields is null;
        for (var chunk = 0; chunk < ChunksPerRun && !finished; chunk++)
        {
            var rows = await db.QueryAsync<CustomerRow>(
                "SELECT id, version, created_utc AS CreatedUtc, data FROM content_items WHERE content_type = @type AND deleted_utc IS NULL AND id > @after ORDER BY id LIMIT @size",
                new { type = CustomerModel.Customer, after, size = ChunkSize }, cancellationToken);
            await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
            {
                foreach (var row in rows) await RewriteAsync(row, fields!, rules, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finished = rows.Count < ChunkSize;
            if (rows.Count > 0) after = rows[^1].Id;
        }

        // A newer request (the rules changed again meanwhile) restarted the walk: leave its row alone.
        if (finished)
        {
            await db.ExecuteAsync("DELETE FROM contact_due_recalculations WHERE id = 1 AND requested_utc = @requested", new { requested = pending.RequestedUtc }, cancellationToken);
            return null;
        }
        await db.ExecuteAsync("UPDATE contact_due_recalculations SET after_id = @after WHERE id = 1 AND requested_utc = @requested",
            new { after, requested = pending.RequestedUtc }, cancellationToken);
        return now;
    }

    private async Task RewriteAsync(CustomerRow row, CustomerFields fields, RecencyRules rules, CancellationToken cancellationToken)
    {
        var data = JsonNode.Parse(row.Data)!.AsObject();
        var created = DateTimeOffset.Parse(row.CreatedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var due = ContactDue.For(rules, fields.Text(data, fields.Stage), fields.Text(data, fields.Grade), fields.Text(data, fields.LastActivityAt), created);
        if (fields.Text(data, fields.ContactDueAt) == due) return;
        var part = data[fields.ContactDueAt.PartName] as JsonObject ?? [];
        if (due is null) part.Remove(fields.ContactDueAt.Field.Name);
        else part[fields.ContactDueAt.Field.Name] = due;
        data[fields.ContactDueAt.PartName] = part;
        await db.ExecuteAsync($"UPDATE content_items SET data = {db.Dialect.JsonParameter("data")} WHERE id = @id AND version = @version",
            new { id = row.Id, version = row.Version, data = data.ToJsonString(ContentJson.Options) }, cancellationToken);
    }

    private sealed class CustomerRow
    {
        public string Id { get; set; } = "";
        public int Version { get; set; }
        public string CreatedUtc { get; set; } = "";
        public string Data { get; set; } = "{}";
    }
}
