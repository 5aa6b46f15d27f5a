namespace Crm.Workflows.Admin;

/// <summary>An admin action that does not apply in the current state (deleting a workflow with running instances, retrying a finished instance); nothing was changed.</summary>
public sealed class WorkflowAdminException(string message) : Exception(message);
