using Crm.Workflows.Definitions;

namespace Crm.Workflows.Runtime;

/// <summary>A workflow as the admin edits it: its draft, and the number of its published version (instances keep theirs).</summary>
public sealed record WorkflowType(string Id, string Name, string DisplayName, WorkflowDefinition Draft, int? PublishedVersion, bool Enabled, DateTimeOffset ModifiedUtc);
