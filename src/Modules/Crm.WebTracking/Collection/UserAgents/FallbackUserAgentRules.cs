namespace Crm.WebTracking.Collection.UserAgents;

/// <summary>
/// The few words that name the common systems and browsers, for when uap-core's file cannot be read: coarser than
/// uap-core (Chromium-based browsers it does not list come out as Chrome), but the labels are the same.
/// </summary>
public static class FallbackUserAgentRules
{
    private static readonly (string Token, string Name)[] Systems =
    [
        ("iPhone", "iOS"), ("iPod", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("Windows Phone", "Windows Phone"),
        ("Windows", "Windows"), ("CrOS", "ChromeOS"), ("Macintosh", "macOS"), ("Linux", "Linux"), ("X11", "Linux"),
    ];

    // First match wins: browsers built on Chromium or WebKit are named before the Chrome and Safari they also claim to be.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("SamsungBrowser/", "Samsung Internet"), ("Whale/", "Whale"), ("Edg", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"), ("Trident/", "Internet Explorer"),
    ];

    public static UserAgentInfo Parse(string userAgent)
    {
        var os = First(Systems, userAgent);
        return new UserAgentInfo(UserAgentLabels.DeviceOf(userAgent, os), os, UserAgentLabels.InAppBrowserOf(userAgent) ?? First(Browsers, userAgent));
    }

    private static string First((string Token, string Name)[] table, string userAgent)
    {
        foreach (var (token, name) in table)
            if (userAgent.Contains(token, StringComparison.Ordinal)) return name;
        return UserAgentInfo.Other;
    }
}
