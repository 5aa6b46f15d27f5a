using System.Text.Json;
using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;

namespace Crm.Workflows.Admin;

/// <summary>
/// What the workflow list does beyond <see cref="WorkflowStore"/>: summaries with instance counts, creating an empty workflow,
/// importing a definition (validated first), deleting one that has nothing running, the published versions, and running a
/// published sweep now.
/// </summary>
public sealed class WorkflowAdministration(
    TenantDb db, TenantCache cache, WorkflowStore store, WorkflowValidator validator, WorkflowSchedules schedules, SweepRunner sweeps, IUserDirectory users)
{
    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var types = await store.ListAsync(cancellationToken);
        var counts = await db.QueryAsync<CountRow>(
            "SELECT type_id AS TypeId, status AS Status, COUNT(*) AS Count FROM workflow_instances GROUP BY type_id, status", null, cancellationToken);
        var published = (await db.QueryAsync<PublishedRow>(
                "SELECT v.type_id AS TypeId, v.definition AS Definition FROM workflow_versions v JOIN workflow_types t ON t.id = v.type_id AND t.published_version = v.version",
                null, cancellationToken))
            .ToDictionary(r => r.TypeId, r => r.Definition);
        return types.Select(t => new WorkflowSummary(t,
                !published.TryGetValue(t.Id, out var definition) || definition != WorkflowJson.Write(t.Draft),
                counts.Where(c => c.TypeId == t.Id).ToDictionary(c => Enum.Parse<InstanceStatus>(c.Status), c => c.Count),
                definition is not null && Sweeps(WorkflowJson.Read(definition)).Any()))
            .ToList();
    }

    /// <summary>An empty draft (no activities yet) under a new name.</summary>
    public async Task<WorkflowType> CreateAsync(string name, string? displayName, CancellationToken cancellationToken = default)
    {
        var draft = new WorkflowDefinition { Name = name.Trim(), DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim() };
        var problems = (await validator.ValidateAsync(draft, cancellationToken)).Where(p => p.Path == "name").ToList();
        if (problems.Count > 0) throw new WorkflowValidationException(problems);
        if (await store.FindAsync(draft.Name, cancellationToken) is not null) throw new WorkflowValidationException([new("", "name", $"A workflow named '{draft.Name}' already exists.")]);
        return await store.SaveDraftAsync(draft, cancellationToken);
    }

    /// <summary>Saves the JSON as the draft of the workflow it names (created when new) if it parses and passes validation.</summary>
    public async Task<WorkflowImportResult> ImportAsync(string json, CancellationToken cancellationToken = default)
    {
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowJson.Read(json);
        }
        catch (JsonException e)
        {
            return new WorkflowImportResult(null, [new("", e.Path ?? "", "The file is not a workflow definition: " + e.Message)]);
        }
        var problems = await validator.ValidateAsync(definition, cancellationToken);
        if (problems.Count > 0) return new WorkflowImportResult(null, problems);
        return new WorkflowImportResult(await store.SaveDraftAsync(definition, cancellationToken), []);
    }

    /// <summary>Removes the workflow with its versions, schedules and ended instances; refused while an instance still runs.</summary>
    public async Task DeleteAsync(string typeId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var type = await store.FindAsync(typeId, cancellationToken) ?? throw new WorkflowAdminException($"There is no workflow '{typeId}'.");
        var running = await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM workflow_instances WHERE type_id = @Id AND status IN (@pending, @waiting)",
            new { type.Id, pending = nameof(InstanceStatus.Pending), waiting = nameof(InstanceStatus.Waiting) }, cancellationToken);
        if (running > 0) throw new WorkflowAdminException($"'{type.DisplayName}' has {running} running instance(s); cancel them or wait until they end.");
        var args = new { type.Id };
        await db.ExecuteAsync("DELETE FROM workflow_log WHERE instance_id IN (SELECT id FROM workflow_instances WHERE type_id = @Id)", args, cancellationToken);
        await db.ExecuteAsync("DELETE FROM workflow_bookmarks WHERE instance_id IN (SELECT id FROM workflow_instances WHERE type_id = @Id)", args, cancellationToken);
        await db.ExecuteAsync("DELETE FROM workflow_instances WHERE type_id = @Id", args, cancellationToken);
        await schedules.RemoveAsync(type.Id, cancellationToken);
        await db.ExecuteAsync("DELETE FROM workflow_versions WHERE type_id = @Id", args, cancellationToken);
        await db.ExecuteAsync("DELETE FROM workflow_types WHERE id = @Id", args, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs the published version's Sweep starts now, exactly as their schedule runs them (same runner, same dedupe keys: a
    /// match that already has its instance gets none); null when that version has no sweep.
    /// </summary>
    public async Task<SweepResult?> RunSweepsNowAsync(WorkflowType type, CancellationToken cancellationToken = default)
    {
        if (type.PublishedVersion is not { } number || await store.VersionAsync(type.Id, number, cancellationToken) is not { } version) return null;
        SweepResult? total = null;
        foreach (var sweep in Sweeps(version.Definition))
        {
            var result = await sweeps.RunAsync(version, sweep, cancellationToken);
            total = new SweepResult((total?.Matched ?? 0) + result.Matched, (total?.Started ?? 0) + result.Started);
        }
        return total;
    }

    private static IEnumerable<ActivityDefinition> Sweeps(WorkflowDefinition definition) =>
        definition.Activities.Where(a => a.IsStart && string.Equals(a.Type, SweepTrigger.TypeName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The published versions, newest first, with the publisher's user name.</summary>
    public async Task<IReadOnlyList<PublishedVersionInfo>> VersionsAsync(string typeId, CancellationToken cancellationToken = default)
    {
        var rows = await db.QueryAsync<VersionRow>(
            "SELECT version AS Version, published_utc AS PublishedUtc, published_by AS PublishedBy FROM workflow_versions WHERE type_id = @typeId ORDER BY version DESC",
            new { typeId }, cancellationToken);
        var names = await users.NamesAsync(rows.Select(r => r.PublishedBy).OfType<string>(), cancellationToken);
        return rows.Select(r => new PublishedVersionInfo(r.Version, Stamps.Parse(r.PublishedUtc), r.PublishedBy is null ? null : names.GetValueOrDefault(r.PublishedBy, r.PublishedBy))).ToList();
    }

    private sealed class CountRow
    {
        public string TypeId { get; set; } = "";
        public string Status { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class PublishedRow
    {
        public string TypeId { get; set; } = "";
        public string Definition { get; set; } = "";
    }

    private sealed class VersionRow
    {
        public int Version { get; set; }
        public string PublishedUtc { get; set; } = "";
        public string? PublishedBy { get; set; }
    }
}
