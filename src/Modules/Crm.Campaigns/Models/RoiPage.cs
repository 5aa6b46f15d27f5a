namespace Crm.Campaigns.Models;

/// <param name="Error">Why the asked-for months were not taken (the default ones are shown instead); null when they were.</param>
public sealed record RoiPage(RoiReport Report, string? Error);
