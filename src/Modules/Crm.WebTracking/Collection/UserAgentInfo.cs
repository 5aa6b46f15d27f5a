namespace Crm.WebTracking.Collection;

/// <summary>What the reports show of a browser: device type (Desktop, Mobile, Tablet, or Bot for crawlers), OS and browser names without versions.</summary>
public sealed record UserAgentInfo(string Device, string Os, string Browser)
{
    public const string Desktop = "Desktop";
    public const string Mobile = "Mobile";
    public const string Tablet = "Tablet";
    public const string Bot = "Bot";
    public const string Other = "Other";

    public bool IsBot => Device == Bot;
}
