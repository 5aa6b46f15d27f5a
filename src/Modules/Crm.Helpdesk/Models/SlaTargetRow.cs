namespace Crm.Helpdesk.Models;

/// <summary>One priority on the SLA targets screen: what was typed in each box and what is wrong with it.</summary>
public sealed record SlaTargetRow(string Priority, string Label, string FirstResponse, string Resolution, string? FirstResponseError, string? ResolutionError);
