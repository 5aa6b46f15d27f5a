using System.Collections.Concurrent;
using Crm.WebTracking.Collection.UserAgents;
using Microsoft.Extensions.Logging;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Device type, OS and browser of a User-Agent from the ua-parser project's maintained rules (uap-core's
/// <c>regexes.yaml</c>, brought by npm and copied next to the binaries as Data/uap-core/regexes.yaml), read once per
/// process on first use. Results are kept per distinct User-Agent (page views come from a few thousand of them) in a
/// bounded cache. A missing or unreadable file is logged once and the short fallback rules answer instead: tracking
/// never fails over it.
/// </summary>
public sealed class UserAgentParser
{
    public static readonly string DefaultRulesPath = Path.Combine(AppContext.BaseDirectory, "Data", "uap-core", "regexes.yaml");

    /// <summary>Distinct User-Agents kept; when full the cache starts over, which costs one parse per User-Agent.</summary>
    public const int CacheCapacity = 20_000;

    private readonly ConcurrentDictionary<string, UserAgentInfo> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<UapRules?> _rules;
    private readonly ILogger<UserAgentParser> _logger;
    private int _cached;
    private int _failuresLogged;

    public UserAgentParser(string rulesPath, ILogger<UserAgentParser> logger)
    {
        _logger = logger;
        _rules = new Lazy<UapRules?>(() => Load(rulesPath));
    }

    /// <summary>Whether uap-core's rules are in use (false: the fallback rules answer).</summary>
    public bool UsesUapCore => _rules.Value is not null;

    public UserAgentInfo Parse(string userAgent)
    {
        if (_cache.TryGetValue(userAgent, out var known)) return known;
        var parsed = ParseUncached(userAgent);
        if (Interlocked.Increment(ref _cached) > CacheCapacity)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 1);
        }
        _cache[userAgent] = parsed;
        return parsed;
    }

    private UserAgentInfo ParseUncached(string userAgent)
    {
        if (_rules.Value is not { } rules) return FallbackUserAgentRules.Parse(userAgent);
        try
        {
            return UserAgentLabels.Of(UapAgent.Parse(rules, userAgent), userAgent);
        }
        catch (ArgumentException e)
        {
            // A rule .NET's regex engine refuses: this User-Agent gets the fallback, and the log says which rule once.
            if (Interlocked.Increment(ref _failuresLogged) == 1) _logger.LogError(e, "A uap-core User-Agent rule could not be used; such User-Agents get the fallback rules");
            return FallbackUserAgentRules.Parse(userAgent);
        }
    }

    private UapRules? Load(string path)
    {
        try
        {
            return UapRules.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            _logger.LogError(e, "uap-core's User-Agent rules could not be read from {Path}; web tracking names devices, systems and browsers with its short fallback rules", path);
            return null;
        }
    }
}
