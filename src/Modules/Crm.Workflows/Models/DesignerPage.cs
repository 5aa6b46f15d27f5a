using System.Text.Json.Nodes;
using Crm.Workflows.Activities;
using Crm.Workflows.Admin;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Models;

/// <param name="Diagram">The draft as the canvas loads it (see <see cref="Designer.WorkflowDiagram"/>).</param>
/// <param name="Palette">The tenant's activities as JSON for the script (property editors, outcomes).</param>
/// <param name="Activities">The same activities for the palette drawn by the page, grouped by category.</param>
/// <param name="ContentTypes">The tenant's types (name, display name) for content type selects.</param>
public sealed record DesignerPage(
    WorkflowType Workflow,
    JsonObject Diagram,
    JsonArray Palette,
    IReadOnlyList<IWorkflowActivity> Activities,
    JsonArray ContentTypes,
    IReadOnlyList<PublishedVersionInfo> Versions);
