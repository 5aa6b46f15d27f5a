namespace Crm.Workflows.Expressions;

/// <summary>A script or condition that did not parse, threw, or ran past a limit; the message says which.</summary>
public sealed class ScriptException(string message, Exception? inner = null) : Exception(message, inner);
