namespace Crm.WebTracking.Settings;

public sealed record TrackingSettingsPage(TrackingSettingsForm Form)
{
    /// <summary>Per form field, what is wrong (English, as the setting's check says it).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public string? Notice { get; init; }
}
