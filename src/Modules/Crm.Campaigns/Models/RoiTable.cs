namespace Crm.Campaigns.Models;

/// <summary>One ROI table on a screen (<c>_RoiTable</c>).</summary>
/// <param name="Id">The table's HTML id.</param>
/// <param name="KeyTitle">The first column's heading (Campaign, Channel, Month, Keyword).</param>
/// <param name="Label">The first column's text of a row, translated where it is a fixed word; null: the row's label.</param>
/// <param name="Link">Where a row's first column links to (app-relative "~/..."); null: no link.</param>
public sealed record RoiTable(string Id, string KeyTitle, IReadOnlyList<RoiLine> Lines, bool ShowClicks = false, Func<RoiLine, string>? Label = null, Func<RoiLine, string>? Link = null)
{
    public string LabelOf(RoiLine line) => Label?.Invoke(line) ?? line.Label;
}
