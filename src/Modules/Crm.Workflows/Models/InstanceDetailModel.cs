using System.Text.Json.Nodes;
using Crm.Workflows.Admin;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Models;

/// <param name="Diagram">The version the instance runs, for the read-only canvas (see <see cref="Designer.WorkflowDiagram"/>).</param>
/// <param name="Path">The activities that ran, in order of their first run: highlighted on the canvas.</param>
public sealed record InstanceDetailModel(
    WorkflowInstance Instance,
    string Workflow,
    JsonObject? Diagram,
    IReadOnlyList<LogEntry> Log,
    IReadOnlyList<string> Path,
    Incident? Incident,
    bool CanManage,
    string? Notice,
    string? Error);
