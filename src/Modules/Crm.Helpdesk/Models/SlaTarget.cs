namespace Crm.Helpdesk.Models;

/// <summary>How long a ticket of one priority may wait for its first response and for its resolution, in hours (null: no target).</summary>
public sealed record SlaTarget(decimal? FirstResponseHours, decimal? ResolutionHours)
{
    public static SlaTarget None { get; } = new(null, null);

    public static DateTimeOffset? Due(DateTimeOffset from, decimal? hours) => hours is { } h ? from.AddSeconds((double)Math.Round(h * 3600m)) : null;
}
