namespace Crm.Opportunities.Models;

/// <summary>The live lines of a parent: how many, and their totals per currency (one currency unless something slipped through).</summary>
public sealed record LineSum(int Lines, IReadOnlyDictionary<string, decimal> ByCurrency)
{
    /// <summary>The sum, when the lines have totals in exactly one currency.</summary>
    public Money? Total => ByCurrency.Count == 1 ? new Money(ByCurrency.Single().Value, ByCurrency.Single().Key) : null;
}
