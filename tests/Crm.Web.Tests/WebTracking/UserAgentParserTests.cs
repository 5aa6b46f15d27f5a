using System.Diagnostics;
using Crm.WebTracking.Collection;
using Crm.WebTracking.Collection.UserAgents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.WebTracking;

/// <summary>
/// Real User-Agents through uap-core's rules (the file the build copies next to the test binaries) to the labels the
/// reports store; the fallback when the file is missing; the rule semantics on a small rule file of our own.
/// </summary>
public sealed class UserAgentParserTests
{
    public static TheoryData<string, string, string, string> Browsers() => new()
    {
        // Desktop
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Desktop", "Windows", "Chrome" },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86", "Desktop", "Windows", "Edge" },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Desktop", "Windows", "Firefox" },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Desktop", "macOS", "Safari" },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Desktop", "macOS", "Chrome" },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0", "Desktop", "macOS", "Firefox" },
        { "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Desktop", "Linux", "Chrome" },
        { "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Desktop", "Linux", "Firefox" },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Whale/3.28.266.14 Safari/537.36", "Desktop", "Windows", "Whale" },
        // Phones and tablets
        { WebTrackingTestHost.IPhoneSafari, "Mobile", "iOS", "Safari" },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", "Mobile", "iOS", "Chrome" },
        { "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Tablet", "iPadOS", "Safari" },
        { "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Mobile", "Android", "Chrome" },
        { "Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Tablet", "Android", "Chrome" },
        { WebTrackingTestHost.AndroidSamsung, "Mobile", "Android", "Samsung Internet" },
        { "Mozilla/5.0 (Linux; Android 14; SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.137 Whale/3.28.266.14 Mobile Safari/537.36", "Mobile", "Android", "Whale" },
        // Korean in-app browsers
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 NAVER(inapp; search; 2000; 12.6.1; 15PRO)", "Mobile", "iOS", "Naver app" },
        { "Mozilla/5.0 (Linux; Android 14; SM-S928N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36;KAKAOTALK 2410420", "Mobile", "Android", "KakaoTalk" },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.8.5", "Mobile", "iOS", "KakaoTalk" },
        // Crawlers and tools: refused by the quick word check or by uap-core's "Spider" device
        { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Bot", "", "" },
        { "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Bot", "", "" },
        { "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "Bot", "", "" },
        { "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)", "Bot", "", "" },
        { "Mozilla/5.0 (compatible; Qwantify/2.4w; +https://www.qwant.com/)/2.4w", "Bot", "", "" },
        { "curl/8.5.0", "Bot", "", "" },
    };

    private static readonly UserAgentParser Parser = new(UserAgentParser.DefaultRulesPath, NullLogger<UserAgentParser>.Instance);

    [Theory]
    [MemberData(nameof(Browsers))]
    public void Real_user_agents_get_the_device_os_and_browser_the_reports_show(string userAgent, string device, string os, string browser)
    {
        Assert.True(Parser.UsesUapCore, $"uap-core's rules were not found at {UserAgentParser.DefaultRulesPath}");
        // As the hit collector decides: the quick word check first, then uap-core.
        if (BotUserAgents.IsBot(userAgent) || Parser.Parse(userAgent).IsBot)
        {
            Assert.Equal("Bot", device);
            return;
        }
        Assert.Equal((device, os, browser), (Parser.Parse(userAgent).Device, Parser.Parse(userAgent).Os, Parser.Parse(userAgent).Browser));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [InlineData("Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)")]
    [InlineData("Mozilla/5.0 (compatible; Qwantify/2.4w; +https://www.qwant.com/)/2.4w")]
    public void Uap_core_names_crawlers_itself(string userAgent) => Assert.True(Parser.Parse(userAgent).IsBot);

    [Fact]
    public void Versions_brand_and_model_come_from_the_rules()
    {
        var rules = UapRules.Load(UserAgentParser.DefaultRulesPath);
        var agent = UapAgent.Parse(rules, WebTrackingTestHost.AndroidSamsung);
        Assert.Equal(new UapFamily("Samsung Internet", "25", "0"), agent.Browser);
        Assert.Equal(new UapFamily("Android", "14"), agent.Os);
        Assert.Equal(new UapDevice("Samsung SM-S921N", "Samsung", "SM-S921N"), agent.Device);
        Assert.Equal("17", UapAgent.Parse(rules, WebTrackingTestHost.IPhoneSafari).Os.Major);
    }

    [Fact]
    public void Every_rule_of_the_file_is_a_regex_dotnet_accepts()
    {
        var rules = UapRules.Load(UserAgentParser.DefaultRulesPath);
        Assert.True(rules.Browsers.Count > 100 && rules.Systems.Count > 50 && rules.Devices.Count > 100, "the file has fewer rules than uap-core ships");
        var refused = rules.All.Where(r => !Builds(r)).Select(r => r.Pattern).ToList();
        Assert.True(refused.Count == 0, "refused: " + string.Join(" | ", refused));

        static bool Builds(UapRule rule)
        {
            try
            {
                return rule.Regex is not null;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    [Fact]
    public void Replacements_follow_the_uap_core_specification()
    {
        var file = Path.Combine(Path.GetTempPath(), $"uap-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, """
            user_agent_parsers:
              - regex: '(Namoroka|Shiretoko|Minefield)/(\d+)\.(\d+)\.(\d+(?:pre)?)'
                family_replacement: 'Firefox ($1)'
              - regex: '(Plain)/(\d+)'
                family_replacement: 'Plain Browser'
                v2_replacement: '7'
            os_parsers:
              - regex: 'Win(95|98|NT)'
                os_replacement: 'Windows $1'
              - regex: '(Gadget) (\d+)_(\d+)'
            device_parsers:
              - regex: '; *(PEDI)_(PLUS)_(W) Build'
                device_replacement: 'Odys $1 $2 $3'
                brand_replacement: 'Odys'
                model_replacement: '$1 $2 $3'
              - regex: 'feature ?phone'
                regex_flag: 'i'
                device_replacement: 'Generic Feature Phone'
                brand_replacement: 'Generic'
                model_replacement: 'Feature $9 Phone '
              - regex: '(Gizmo)'
            """);
        try
        {
            var rules = UapRules.Load(file);
            var minefield = UapAgent.Parse(rules, "Mozilla/5.0 (Windows; Windows NT 5.1; rv:2.0b3pre) Gecko/20100727 Minefield/4.0.1pre");
            Assert.Equal(new UapFamily("Firefox (Minefield)", "4", "0", "1pre"), minefield.Browser);
            Assert.Equal(UapFamily.Other, minefield.Os);
            Assert.Equal(new UapFamily("Windows 95"), UapAgent.Parse(rules, "Mozilla/5.0 (Windows; U; Win95; en-US; rv:1.1) Gecko/20020826").Os);
            Assert.Equal(UapDevice.Other, minefield.Device);

            // A replacement without placeholders is taken as it is; the other fields keep their groups.
            var plain = UapAgent.Parse(rules, "Plain/3 Gadget 2_5 Gizmo");
            Assert.Equal(new UapFamily("Plain Browser", "3", "7"), plain.Browser);
            Assert.Equal(new UapFamily("Gadget", "2", "5"), plain.Os);
            Assert.Equal(new UapDevice("Gizmo", null, "Gizmo"), plain.Device);

            Assert.Equal(new UapDevice("Odys PEDI PLUS W", "Odys", "PEDI PLUS W"), UapAgent.Parse(rules, "Mozilla/5.0 (Linux; U; Android 4.2.2; de-de; PEDI_PLUS_W Build/JDQ39)").Device);
            // regex_flag 'i', and a placeholder for a group the regex does not have gives nothing (then trimmed).
            Assert.Equal(new UapDevice("Generic Feature Phone", "Generic", "Feature  Phone"), UapAgent.Parse(rules, "Some FEATUREPHONE").Device);
            Assert.Equal(UapDevice.Other, UapAgent.Parse(rules, "Some phone").Device);
            Assert.Equal(new UapAgent(UapFamily.Other, UapFamily.Other, UapDevice.Other), UapAgent.Parse(rules, "nothing matches"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_rule_file_is_logged_once_and_the_fallback_answers()
    {
        var log = new ErrorLog();
        var parser = new UserAgentParser(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.yaml"), log);
        Assert.Equal(new UserAgentInfo("Mobile", "Android", "Samsung Internet"), parser.Parse(WebTrackingTestHost.AndroidSamsung));
        Assert.Equal(new UserAgentInfo("Desktop", "Windows", "Chrome"), parser.Parse(WebTrackingTestHost.DesktopChrome));
        Assert.Equal(new UserAgentInfo("Tablet", "iPadOS", "Safari"), parser.Parse("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        Assert.Equal("KakaoTalk", parser.Parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.8.5").Browser);
        Assert.False(parser.UsesUapCore);
        Assert.Equal(1, log.Errors);
    }

    [Fact]
    public void A_file_that_is_not_uap_core_is_logged_and_the_fallback_answers()
    {
        var file = Path.Combine(Path.GetTempPath(), $"uap-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "user_agent_parsers:\n  - family_replacement: 'no regex'\nos_parsers: []\n");
        try
        {
            var log = new ErrorLog();
            var parser = new UserAgentParser(file, log);
            Assert.Equal(new UserAgentInfo("Desktop", "Windows", "Chrome"), parser.Parse(WebTrackingTestHost.DesktopChrome));
            Assert.Equal(new UserAgentInfo("Mobile", "iOS", "Safari"), parser.Parse(WebTrackingTestHost.IPhoneSafari));
            Assert.Equal(1, log.Errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Loading_and_parsing_are_quick_and_results_are_cached()
    {
        var userAgents = Browsers().Select(row => (string)row.Data.Item1).ToArray();
        var load = Stopwatch.StartNew();
        var parser = new UserAgentParser(UserAgentParser.DefaultRulesPath, NullLogger<UserAgentParser>.Instance);
        Assert.True(parser.UsesUapCore);
        var loadMs = load.Elapsed.TotalMilliseconds;

        // First parses build the regexes they pass on the way; later ones (another User-Agent, no cache) only match.
        var first = Stopwatch.StartNew();
        foreach (var userAgent in userAgents) parser.Parse(userAgent);
        var firstMs = first.Elapsed.TotalMilliseconds / userAgents.Length;
        var rules = UapRules.Load(UserAgentParser.DefaultRulesPath);
        foreach (var userAgent in userAgents) UapAgent.Parse(rules, userAgent);
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
            foreach (var userAgent in userAgents) UapAgent.Parse(rules, userAgent);
        var warmMs = warm.Elapsed.TotalMilliseconds / (20 * userAgents.Length);
        var cached = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
            foreach (var userAgent in userAgents) parser.Parse(userAgent);
        var cachedMs = cached.Elapsed.TotalMilliseconds / (1000 * userAgents.Length);

        TestContext.Current.TestOutputHelper?.WriteLine($"load {loadMs:F0} ms; first parse {firstMs:F2} ms, uncached {warmMs:F3} ms, cached {cachedMs * 1000:F3} µs per User-Agent");
        // Generous bounds for a loaded two-core machine; what they guard against is compiling every rule up front or re-parsing.
        Assert.True(loadMs < 5000, $"loading took {loadMs} ms");
        Assert.True(firstMs < 200, $"a first parse took {firstMs} ms");
        Assert.True(warmMs < 20, $"an uncached parse took {warmMs} ms");
        Assert.True(cachedMs < warmMs / 10, $"a cached parse took {cachedMs} ms, an uncached one {warmMs} ms");
    }

    private sealed class ErrorLog : ILogger<UserAgentParser>
    {
        public int Errors { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error) Errors++;
        }
    }
}
