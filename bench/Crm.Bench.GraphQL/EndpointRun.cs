namespace Crm.Bench.GraphQL;

/// <summary>
/// One measured run: which round, which endpoint, what wrk saw, and the server's CPU time and managed allocations per
/// request (the bench process hosts the server; a database server's own CPU is not in it). CPU per request moves far less
/// than throughput with what else the machine runs; allocations per request do not move with it at all.
/// </summary>
public sealed record EndpointRun(int Round, string Endpoint, LoadResult Load, double CpuMsPerRequest, double AllocatedKBPerRequest);
