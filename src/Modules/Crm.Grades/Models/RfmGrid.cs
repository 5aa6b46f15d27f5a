namespace Crm.Grades.Models;

/// <summary>Buying customers by recency score (rows, 5 = most recent) and frequency score (columns), with their count.</summary>
public sealed record RfmGrid(IReadOnlyDictionary<(int Recency, int Frequency), long> Cells)
{
    public long At(int recency, int frequency) => Cells.GetValueOrDefault((recency, frequency));
}
