namespace Crm.Dashboard.Kpis;

/// <summary>A share of a whole, e.g. retained customers of those who bought before.</summary>
public sealed record Ratio(long Part, long Whole)
{
    /// <summary>Part ÷ whole to four decimals (0.6667); null when the whole is empty.</summary>
    public decimal? Rate => Whole == 0 ? null : Math.Round((decimal)Part / Whole, 4);
}
