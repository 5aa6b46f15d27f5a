namespace Crm.Bench.Dashboard;

/// <summary>One request as the server saw it.</summary>
/// <param name="ServerMilliseconds">From the first middleware until the page was written.</param>
/// <param name="Commands">Statements the request's TenantDb ran (its own count).</param>
/// <param name="Statements">Statements seen by Npgsql's tracing during the request (a cross-check of <paramref name="Commands"/>).</param>
public sealed record PageTiming(int Status, double ServerMilliseconds, int Commands, int Statements, double StatementMilliseconds, IReadOnlyList<CardTiming> Cards);
