namespace Crm.Core.Content.Queries;

/// <summary>
/// One page of a type's items: a filter, a sort ("Field" or "Field desc"; default ModifiedUtc desc), the page size, the
/// cursor of the previous page (<see cref="ContentQueryResult.NextCursor"/>) and how to count.
/// </summary>
public sealed record ContentQueryRequest
{
    public const int MaxPageSize = 1000;
    public const int DefaultCountLimit = 10_000;

    public required string ContentType { get; init; }
    public FilterNode? Filter { get; init; }
    public IReadOnlyList<string> OrderBy { get; init; } = [];
    public int First { get; init; } = 50;
    public string? After { get; init; }
    public CountMode Count { get; init; } = CountMode.Capped;
    public int CountLimit { get; init; } = DefaultCountLimit;
}
