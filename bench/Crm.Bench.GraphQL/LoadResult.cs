namespace Crm.Bench.GraphQL;

/// <summary>One wrk run against one endpoint: throughput, latency percentiles (ms), and what went wrong.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50, double P90, double P99, long Requests, long Non2xx, long SocketErrors);
