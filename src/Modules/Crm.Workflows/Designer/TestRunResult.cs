using Crm.Workflows.Runtime;

namespace Crm.Workflows.Designer;

/// <summary>What a test run did (and then undid): how the instance ended, each step's log, and the activities it went through.</summary>
public sealed record TestRunResult(InstanceStatus Status, string? Incident, IReadOnlyList<LogEntry> Log, IReadOnlyList<string> Path);
