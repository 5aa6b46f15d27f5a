namespace Crm.Core.Content.Queries;

/// <summary>
/// One page of a type's items: a filter, a sort ("Field" or "Field desc"; default ModifiedUtc desc), the page size, the
/// cursors that bound the page (<see cref="ContentQueryResult.Cursors"/>) and how to count.
/// Pages run forwards (the first <see cref="First"/> items after <see cref="After"/>) unless <see cref="Last"/> is set:
/// then they run backwards (the last <see cref="Last"/> items before <see cref="Before"/>), still returned in sort order.
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

    /// <summary>Page backwards: this many items, the ones just before <see cref="Before"/> (or the last ones).</summary>
    public int? Last { get; init; }

    public string? Before { get; init; }
    public CountMode Count { get; init; } = CountMode.Capped;
    public int CountLimit { get; init; } = DefaultCountLimit;

    public bool IsBackward => Last is not null;

    /// <summary>The page size in the paging direction.</summary>
    public int PageSize => Last ?? First;
}
