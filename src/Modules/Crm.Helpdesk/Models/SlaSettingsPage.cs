namespace Crm.Helpdesk.Models;

public sealed record SlaSettingsPage(IReadOnlyList<SlaTargetRow> Priorities, string? Notice)
{
    public bool HasErrors => Priorities.Any(p => p.FirstResponseError is not null || p.ResolutionError is not null);
}
