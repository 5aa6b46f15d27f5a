namespace Crm.WebTracking.Reports;

/// <summary>One line of a report table: what it counts (a page, a source, a device...), page views, distinct visitors and average dwell seconds.</summary>
public sealed class ReportRow
{
    public string? Label { get; set; }
    public string? Detail { get; set; }
    public long Views { get; set; }
    public long Visitors { get; set; }
    public double? AvgDwell { get; set; }
}
