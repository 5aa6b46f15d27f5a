namespace Crm.Campaigns.Models;

/// <summary>Cost and attributed revenue in one currency (currencies are never converted or added up).</summary>
public sealed record RoiFigure(string Currency, decimal Cost, decimal Revenue)
{
    /// <summary>(revenue − cost) ÷ cost to four decimals (0.25 = 25 %); null when there is no cost to divide by.</summary>
    public decimal? Roi => Cost == 0 ? null : Math.Round((Revenue - Cost) / Cost, 4);
}
