namespace Crm.Opportunities.Models;

/// <summary>One month of one owner (or of everyone): how many open opportunities, their amount and their weighted amount.</summary>
public sealed record ForecastCell(int Opportunities, decimal Amount, decimal Weighted)
{
    public static ForecastCell Empty { get; } = new(0, 0, 0);

    public ForecastCell Plus(ForecastCell other) => new(Opportunities + other.Opportunities, Amount + other.Amount, Weighted + other.Weighted);
}
