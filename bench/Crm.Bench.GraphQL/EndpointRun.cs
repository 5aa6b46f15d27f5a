namespace Crm.Bench.GraphQL;

/// <summary>
/// One measured run: which round, which endpoint, what wrk saw, and the server's CPU time per request (the bench process
/// hosts the server; a database server's own CPU is not in it). CPU per request hardly moves with what else the machine
/// runs, unlike throughput.
/// </summary>
public sealed record EndpointRun(int Round, string Endpoint, LoadResult Load, double CpuMsPerRequest);
