namespace Crm.Bench.Dashboard;

/// <summary>One view component of a page (a dashboard card, or the layout's bell).</summary>
/// <param name="Milliseconds">From the component's invocation until its view was rendered.</param>
/// <param name="DataMilliseconds">The component's InvokeAsync alone (its queries), without rendering.</param>
/// <param name="StatementMilliseconds">Time inside its SQL statements (sent until the last row was read).</param>
public sealed record CardTiming(string Card, double Milliseconds, double DataMilliseconds, int Statements, double StatementMilliseconds);
