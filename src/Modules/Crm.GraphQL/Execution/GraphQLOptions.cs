namespace Crm.GraphQL.Execution;

/// <summary>The API's limits (configuration section "Crm:GraphQL"); each refusal has its own error code.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "Crm:GraphQL";

    /// <summary>Deepest selection nesting (<see cref="ErrorCodes.MaxDepthExceeded"/>).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Most fields a query may select, lists counted by their page size (<see cref="ErrorCodes.MaxComplexityExceeded"/>):
    /// 50 customers with their owner and 5 activities of 6 fields each is about 2,500.
    /// </summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Largest first/last of a connection or relation list (<see cref="ErrorCodes.PageSizeExceeded"/>).</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Page size when a list query gives neither first nor last.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Page size of a reverse relation (a customer's activities) when the query gives none.</summary>
    public int DefaultRelatedPageSize { get; set; } = 10;

    /// <summary>Most items one upsert mutation may write (<see cref="ErrorCodes.BatchTooLarge"/>).</summary>
    public int MaxUpsertBatch { get; set; } = 100;

    /// <summary>Largest request body or query string in bytes (<see cref="ErrorCodes.RequestTooLarge"/>, HTTP 413).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
