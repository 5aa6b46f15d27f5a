namespace Crm.Retention.Results;

/// <summary>One side of a program (its contacted members, or its holdout): how many, how many responded, the revenue after.</summary>
/// <param name="Revenue">Order amounts in the window per currency (never converted).</param>
public sealed record GroupFigures(long Members, long Responders, IReadOnlyDictionary<string, decimal> Revenue)
{
    public static readonly GroupFigures Empty = new(0, 0, new Dictionary<string, decimal>());

    /// <summary>Responders ÷ members; null for an empty group.</summary>
    public double? ResponseRate => Members == 0 ? null : (double)Responders / Members;

    /// <summary>Revenue ÷ members per currency; empty for an empty group.</summary>
    public IReadOnlyDictionary<string, decimal> RevenuePerMember =>
        Members == 0 ? new Dictionary<string, decimal>() : Revenue.ToDictionary(r => r.Key, r => r.Value / Members);
}
