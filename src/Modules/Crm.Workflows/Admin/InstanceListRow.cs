using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>An instance in the instance list: its workflow, version, status, what it is about, and when it started and last moved.</summary>
public sealed record InstanceListRow(string Id, string TypeId, string Workflow, int Version, InstanceStatus Status, string? Correlation, DateTimeOffset CreatedUtc, DateTimeOffset ModifiedUtc);
