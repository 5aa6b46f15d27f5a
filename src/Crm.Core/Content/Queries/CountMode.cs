namespace Crm.Core.Content.Queries;

public enum CountMode
{
    /// <summary>No count (the cheapest: one page only).</summary>
    None,

    /// <summary>Count up to the limit, then report "limit+" (the default: exact counts of large sets are slow).</summary>
    Capped,

    /// <summary>Count every match.</summary>
    Exact,
}
