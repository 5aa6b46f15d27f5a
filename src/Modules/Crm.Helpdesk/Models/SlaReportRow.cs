namespace Crm.Helpdesk.Models;

/// <summary>One month's tickets of one priority: how many came in, how many missed each target, and the share that met both.</summary>
public sealed record SlaReportRow(string Month, string Priority, string PriorityLabel, long Tickets, long FirstResponseBreached, long ResolutionBreached, long AnyBreached)
{
    /// <summary>Percent of the tickets that missed neither target (null without tickets).</summary>
    public decimal? PercentMet => Tickets == 0 ? null : Math.Round(100m * (Tickets - AnyBreached) / Tickets, 1);
}
