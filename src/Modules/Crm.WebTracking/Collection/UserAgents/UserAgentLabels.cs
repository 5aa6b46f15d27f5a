namespace Crm.WebTracking.Collection.UserAgents;

/// <summary>
/// uap-core's families as the reports have always named them (stored in web_page_views, so the names must not drift):
/// one browser name whatever the platform ("Chrome Mobile iOS" is Chrome, "Mobile Safari" is Safari), "macOS",
/// "iPadOS" for iOS on an iPad, every Linux distribution as Linux; device type Desktop, Mobile, Tablet or Bot. Korean
/// in-app browsers that uap-core does not name (KakaoTalk, the Naver app) are named here first.
/// </summary>
public static class UserAgentLabels
{
    private static readonly (string Token, string Name)[] InAppBrowsers =
    [
        ("KAKAOTALK", "KakaoTalk"),
        ("NAVER(inapp", "Naver app"),
        ("DaumApps", "Daum app"),
    ];

    private static readonly Dictionary<string, string> Browsers = new(StringComparer.Ordinal)
    {
        ["Chrome Mobile"] = "Chrome",
        ["Chrome Mobile iOS"] = "Chrome",
        ["Chrome Mobile WebView"] = "Chrome",
        ["Mobile Safari"] = "Safari",
        ["Mobile Safari UI/WKWebView"] = "Safari",
        ["Firefox Mobile"] = "Firefox",
        ["Firefox iOS"] = "Firefox",
        ["Edge Mobile"] = "Edge",
        ["Opera Mobile"] = "Opera",
        ["Opera Mini"] = "Opera",
        ["Yandex Browser"] = "Yandex",
        ["IE"] = "Internet Explorer",
        ["IE Mobile"] = "Internet Explorer",
    };

    private static readonly Dictionary<string, string> Systems = new(StringComparer.Ordinal)
    {
        ["Mac OS X"] = "macOS",
        ["Mac OS"] = "macOS",
        ["Chrome OS"] = "ChromeOS",
        ["Windows Mobile"] = "Windows Phone",
        ["Ubuntu"] = "Linux", ["Kubuntu"] = "Linux", ["Lubuntu"] = "Linux", ["Debian"] = "Linux", ["Linux Mint"] = "Linux",
        ["Fedora"] = "Linux", ["Red Hat"] = "Linux", ["CentOS"] = "Linux", ["Arch Linux"] = "Linux", ["Gentoo"] = "Linux",
        ["openSUSE"] = "Linux", ["SUSE"] = "Linux", ["Slackware"] = "Linux", ["Mageia"] = "Linux", ["PCLinuxOS"] = "Linux",
    };

    public static UserAgentInfo Of(UapAgent agent, string userAgent)
    {
        var os = System(agent);
        var device = agent.Device.Family switch
        {
            UapAgent.Spider => UserAgentInfo.Bot,
            "Generic Tablet" => UserAgentInfo.Tablet,
            "Generic Smartphone" or "Generic Feature Phone" => UserAgentInfo.Mobile,
            _ => DeviceOf(userAgent, os),
        };
        return new UserAgentInfo(device, os, InAppBrowserOf(userAgent) ?? Browsers.GetValueOrDefault(agent.Browser.Family, agent.Browser.Family));
    }

    /// <summary>Device type from the OS label and the "Mobile"/"Tablet" words browsers put in their User-Agent.</summary>
    public static string DeviceOf(string userAgent, string os) => os switch
    {
        "iPadOS" => UserAgentInfo.Tablet,
        "iOS" or "Windows Phone" => UserAgentInfo.Mobile,
        // Android phones say "Mobile"; tablets leave it out (or say "Tablet").
        "Android" => Has(userAgent, "Mobile") && !Has(userAgent, "Tablet") ? UserAgentInfo.Mobile : UserAgentInfo.Tablet,
        _ when Has(userAgent, "Tablet") => UserAgentInfo.Tablet,
        _ when Has(userAgent, "Mobile") => UserAgentInfo.Mobile,
        _ => UserAgentInfo.Desktop,
    };

    public static string? InAppBrowserOf(string userAgent)
    {
        foreach (var (token, name) in InAppBrowsers)
            if (Has(userAgent, token)) return name;
        return null;
    }

    private static string System(UapAgent agent)
    {
        var family = agent.Os.Family;
        if (family == "iOS" && (agent.Device.Family == "iPad" || agent.Device.Model?.StartsWith("iPad", StringComparison.Ordinal) == true)) return "iPadOS";
        if (Systems.TryGetValue(family, out var label)) return label;
        return family.StartsWith("Windows", StringComparison.Ordinal) && family != "Windows Phone" ? "Windows" : family;
    }

    private static bool Has(string userAgent, string token) => userAgent.Contains(token, StringComparison.Ordinal);
}
