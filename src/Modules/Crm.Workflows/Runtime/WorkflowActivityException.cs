namespace Crm.Workflows.Runtime;

/// <summary>An activity cannot do its work with these settings or this data; the message is what the log and incident show.</summary>
public sealed class WorkflowActivityException(string message) : Exception(message);
