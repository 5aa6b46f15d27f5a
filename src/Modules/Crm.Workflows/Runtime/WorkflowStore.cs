using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Workflows.Definitions;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Workflow types, drafts and published versions. Publishing validates the draft, stores it as the next immutable version,
/// points the type at it and resynchronises its schedules; running instances keep the version they started with.
/// </summary>
public sealed class WorkflowStore(TenantDb db, TenantCache cache, WorkflowValidator validator, WorkflowSchedules schedules, TimeProvider clock)
{
    private const string Columns = "id AS Id, name AS Name, display_name AS DisplayName, draft AS Draft, published_version AS PublishedVersion, enabled AS Enabled, modified_utc AS ModifiedUtc";

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.QueryAsync<TypeRow>($"SELECT {Columns} FROM workflow_types ORDER BY display_name", null, cancellationToken)).Select(r => r.ToType()).ToList();

    public async Task<WorkflowType?> FindAsync(string idOrName, CancellationToken cancellationToken = default) =>
        (await db.QuerySingleOrDefaultAsync<TypeRow>($"SELECT {Columns} FROM workflow_types WHERE id = @idOrName OR name = @idOrName", new { idOrName }, cancellationToken))?.ToType();

    /// <summary>Saves the draft of the workflow named in it (created when new); the published version is not touched.</summary>
    public async Task<WorkflowType> SaveDraftAsync(WorkflowDefinition draft, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(draft.Name)) throw new WorkflowValidationException([new("", "name", "A workflow needs a name.")]);
        var now = Stamps.Of(clock.GetUtcNow());
        var existing = await FindAsync(draft.Name, cancellationToken);
        var json = WorkflowJson.Write(draft);
        if (existing is null)
        {
            await db.ExecuteAsync(
                "INSERT INTO workflow_types (id, name, display_name, draft, published_version, enabled, modified_utc) VALUES (@id, @Name, @title, @json, NULL, @enabled, @now)",
                new { id = Ulid.NewUlid(clock.GetUtcNow()).ToString(), draft.Name, title = draft.Title, json, enabled = true, now }, cancellationToken);
        }
        else
        {
            await db.ExecuteAsync("UPDATE workflow_types SET draft = @json, display_name = @title, modified_utc = @now WHERE id = @Id",
                new { existing.Id, json, title = draft.Title, now }, cancellationToken);
        }
        return (await FindAsync(draft.Name, cancellationToken))!;
    }

    /// <summary>Validates the draft and publishes it as the next version; throws <see cref="WorkflowValidationException"/> with every problem.</summary>
    public async Task<WorkflowVersion> PublishAsync(string typeId, string? userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var type = await FindAsync(typeId, cancellationToken) ?? throw new WorkflowValidationException([new("", "id", $"There is no workflow '{typeId}'.")]);
        var problems = await validator.ValidateAsync(type.Draft, cancellationToken);
        if (problems.Count > 0) throw new WorkflowValidationException(problems);
        var version = (type.PublishedVersion ?? 0) + 1;
        var now = Stamps.Of(clock.GetUtcNow());
        await db.ExecuteAsync("INSERT INTO workflow_versions (type_id, version, definition, published_utc, published_by) VALUES (@Id, @version, @json, @now, @userId)",
            new { type.Id, version, json = WorkflowJson.Write(type.Draft), now, userId }, cancellationToken);
        await db.ExecuteAsync("UPDATE workflow_types SET published_version = @version, modified_utc = @now WHERE id = @Id", new { type.Id, version, now }, cancellationToken);
        var published = new WorkflowVersion(type.Id, version, type.Draft);
        if (type.Enabled) await schedules.SyncAsync(published, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    /// <summary>A disabled workflow starts no instances (running ones continue).</summary>
    public async Task SetEnabledAsync(string typeId, bool enabled, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var type = await FindAsync(typeId, cancellationToken) ?? throw new WorkflowValidationException([new("", "id", $"There is no workflow '{typeId}'.")]);
        await db.ExecuteAsync("UPDATE workflow_types SET enabled = @enabled WHERE id = @Id", new { type.Id, enabled }, cancellationToken);
        if (!enabled) await schedules.RemoveAsync(type.Id, cancellationToken);
        else if (type.PublishedVersion is { } v && await VersionAsync(type.Id, v, cancellationToken) is { } version) await schedules.SyncAsync(version, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A published version (immutable, so cached for as long as the tenant's cache lives).</summary>
    public async Task<WorkflowVersion?> VersionAsync(string typeId, int version, CancellationToken cancellationToken = default)
    {
        var box = await cache.GetOrCreateAsync($"workflow-version:{typeId}:{version}", async ct =>
        {
            var json = await db.QuerySingleOrDefaultAsync<string>("SELECT definition FROM workflow_versions WHERE type_id = @typeId AND version = @version",
                new { typeId, version }, ct);
            return new VersionBox(json is null ? null : new WorkflowVersion(typeId, version, WorkflowJson.Read(json)));
        }, cancellationToken);
        return box.Version;
    }

    /// <summary>The published versions of enabled workflows: what triggers start.</summary>
    public async Task<IReadOnlyList<WorkflowVersion>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync<IReadOnlyList<WorkflowVersion>>("workflows-active", async ct =>
        {
            var rows = await db.QueryAsync<VersionRow>(
                "SELECT v.type_id AS TypeId, v.version AS Version, v.definition AS Definition FROM workflow_types t " +
                "JOIN workflow_versions v ON v.type_id = t.id AND v.version = t.published_version WHERE t.enabled = @enabled", new { enabled = true }, ct);
            return rows.Select(r => new WorkflowVersion(r.TypeId, r.Version, WorkflowJson.Read(r.Definition))).ToList();
        }, cancellationToken);

    private sealed record VersionBox(WorkflowVersion? Version);

    private sealed class VersionRow
    {
        public string TypeId { get; set; } = "";
        public int Version { get; set; }
        public string Definition { get; set; } = "";
    }

    private sealed class TypeRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Draft { get; set; } = "";
        public int? PublishedVersion { get; set; }
        public bool Enabled { get; set; }
        public string ModifiedUtc { get; set; } = "";

        public WorkflowType ToType() => new(Id, Name, DisplayName, WorkflowJson.Read(Draft), PublishedVersion, Enabled, Stamps.Parse(ModifiedUtc));
    }
}
