namespace Crm.WebTracking.Collection;

/// <summary>
/// Device type, OS and browser from a User-Agent, by ordered rules (the first that matches wins, so in-app and
/// Chromium-based browsers are named before the Chrome and Safari they also claim to be). Written here because no
/// maintained parser (UAParser and the like) is served by the package registry this project builds against; the rules
/// cover the browsers Korean sites see (Samsung Internet, Whale, Naver and KakaoTalk in-app) besides the usual ones.
/// </summary>
public static class UserAgentParser
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("KAKAOTALK", "KakaoTalk"),
        ("NAVER(inapp", "Naver app"),
        ("Instagram", "Instagram"),
        ("FBAN", "Facebook"),
        ("FBAV", "Facebook"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Whale/", "Whale"),
        ("Edg/", "Edge"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("OPR/", "Opera"),
        ("OPiOS/", "Opera"),
        ("YaBrowser/", "Yandex"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Version/", "Safari"),
        ("Trident/", "Internet Explorer"),
        ("MSIE ", "Internet Explorer"),
    ];

    public static UserAgentInfo Parse(string userAgent)
    {
        var os = Os(userAgent);
        return new UserAgentInfo(Device(userAgent, os), os, Browser(userAgent));
    }

    private static string Os(string ua)
    {
        if (Has(ua, "iPhone") || Has(ua, "iPod")) return "iOS";
        if (Has(ua, "iPad")) return "iPadOS";
        if (Has(ua, "Android")) return "Android";
        if (Has(ua, "Windows Phone")) return "Windows Phone";
        if (Has(ua, "Windows")) return "Windows";
        if (Has(ua, "CrOS")) return "ChromeOS";
        if (Has(ua, "Mac OS X") || Has(ua, "Macintosh")) return "macOS";
        if (Has(ua, "Linux") || Has(ua, "X11")) return "Linux";
        return UserAgentInfo.Other;
    }

    private static string Device(string ua, string os) => os switch
    {
        "iPadOS" => UserAgentInfo.Tablet,
        "iOS" or "Windows Phone" => UserAgentInfo.Mobile,
        // Android phones say "Mobile"; tablets leave it out (or say "Tablet").
        "Android" => Has(ua, "Mobile") && !Has(ua, "Tablet") ? UserAgentInfo.Mobile : UserAgentInfo.Tablet,
        _ when Has(ua, "Tablet") => UserAgentInfo.Tablet,
        _ when Has(ua, "Mobile") => UserAgentInfo.Mobile,
        _ => UserAgentInfo.Desktop,
    };

    private static string Browser(string ua)
    {
        foreach (var (token, name) in Browsers)
        {
            if (!Has(ua, token)) continue;
            // Android's old stock browser and in-app web views say "Version/" too, without Safari.
            if (name == "Safari" && !Has(ua, "Safari/")) continue;
            return name;
        }
        return UserAgentInfo.Other;
    }

    private static bool Has(string ua, string token) => ua.Contains(token, StringComparison.Ordinal);
}
