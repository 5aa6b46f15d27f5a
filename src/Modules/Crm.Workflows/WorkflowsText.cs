namespace Crm.Workflows;

/// <summary>Marker for the workflow screens' texts: <c>IStringLocalizer&lt;WorkflowsText&gt;</c> reads Resources/WorkflowsText.{culture}.resx.</summary>
public sealed class WorkflowsText;
