namespace Crm.WebTracking.Reports;

/// <summary>Visitors first seen in the range from one source, and how many of them became leads (so far).</summary>
public sealed class ConversionRow
{
    public string Source { get; set; } = "";
    public long Visitors { get; set; }
    public long Leads { get; set; }

    public double Rate => Visitors == 0 ? 0 : (double)Leads / Visitors;
}
