namespace Crm.WebTracking.Collection.UserAgents;

/// <summary>A family with up to four version parts, as uap-core's user_agent_parsers and os_parsers give them.</summary>
public sealed record UapFamily(string Family, string? Major = null, string? Minor = null, string? Patch = null, string? PatchMinor = null)
{
    public static readonly UapFamily Other = new(UapAgent.Other);
}

/// <summary>The device_parsers result: family (e.g. "iPhone", "Spider", "Samsung SM-S921N"), brand and model.</summary>
public sealed record UapDevice(string Family, string? Brand = null, string? Model = null)
{
    public static readonly UapDevice Other = new(UapAgent.Other);
}

/// <summary>What uap-core's rules say of one User-Agent.</summary>
public sealed record UapAgent(UapFamily Browser, UapFamily Os, UapDevice Device)
{
    /// <summary>The family of whatever no rule matched.</summary>
    public const string Other = "Other";

    /// <summary>The device family uap-core gives crawlers, monitors and link previews.</summary>
    public const string Spider = "Spider";

    /// <summary>
    /// Each list is tried in order and the first matching rule wins. Field by field, a named replacement wins over the
    /// match's group in the same place: family $1, versions $2..$5; the device family and model default to $1 and the
    /// brand to nothing.
    /// </summary>
    public static UapAgent Parse(UapRules rules, string userAgent) => new(
        Family(rules.Browsers, userAgent, "family_replacement", "v1_replacement", "v2_replacement", "v3_replacement", null),
        Family(rules.Systems, userAgent, "os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement", "os_v4_replacement"),
        DeviceOf(rules.Devices, userAgent));

    private static UapFamily Family(IReadOnlyList<UapRule> rules, string userAgent, string family, string v1, string v2, string v3, string? v4)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(userAgent) is not { } match) continue;
            return new UapFamily(
                rule.Value(match, family, 1) ?? Other,
                rule.Value(match, v1, 2),
                rule.Value(match, v2, 3),
                rule.Value(match, v3, 4),
                v4 is null ? null : rule.Value(match, v4, 5));
        }
        return UapFamily.Other;
    }

    private static UapDevice DeviceOf(IReadOnlyList<UapRule> rules, string userAgent)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(userAgent) is not { } match) continue;
            return new UapDevice(
                rule.Value(match, "device_replacement", 1) ?? Other,
                rule.Value(match, "brand_replacement", null),
                rule.Value(match, "model_replacement", 1));
        }
        return UapDevice.Other;
    }
}
