namespace Crm.Bench.GraphQL;

/// <summary>One measured run: which round, which endpoint, what wrk saw.</summary>
public sealed record EndpointRun(int Round, string Endpoint, LoadResult Load);
