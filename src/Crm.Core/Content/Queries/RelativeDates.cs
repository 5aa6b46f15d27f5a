using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Relative dates in filter values: <c>now</c>, <c>today</c>, optionally plus or minus an amount with a unit:
/// s (seconds), m (minutes), h (hours), d (days), w (weeks), mo (months), y (years) — e.g. now-30d, now+2h, today+1d.
/// "today" is midnight in the tenant's time zone (setting TimeZone), so today..today+1d is the tenant's calendar day.
/// </summary>
public static partial class RelativeDates
{
    [GeneratedRegex("^(now|today)(?:([+-])([0-9]{1,6})(s|m|h|d|w|mo|y))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsRelative(string text) => Pattern().IsMatch(text.Trim());

    /// <summary>The instant a relative date means, or null when the text is not a relative date.</summary>
    public static DateTimeOffset? Resolve(string text, QueryClock clock)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        var amount = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups[2].Value == "-") amount = -amount;
        var unit = match.Groups[4].Value;

        // Hours and smaller are elapsed time; days and larger are calendar steps on the tenant's wall clock, so
        // "today-1mo" is midnight a month ago there, whatever the daylight-saving changes in between.
        var instant = clock.Now;
        if (match.Groups[1].Value == "today") instant = AtLocal(TimeZoneInfo.ConvertTime(clock.Now, clock.Zone).DateTime.Date, clock.Zone);
        return unit switch
        {
            "s" => instant.AddSeconds(amount),
            "m" => instant.AddMinutes(amount),
            "h" => instant.AddHours(amount),
            "d" => Calendar(instant, clock.Zone, local => local.AddDays(amount)),
            "w" => Calendar(instant, clock.Zone, local => local.AddDays(7 * amount)),
            "mo" => Calendar(instant, clock.Zone, local => local.AddMonths(amount)),
            "y" => Calendar(instant, clock.Zone, local => local.AddYears(amount)),
            _ => instant,
        };
    }

    private static DateTimeOffset Calendar(DateTimeOffset instant, TimeZoneInfo zone, Func<DateTime, DateTime> step) =>
        AtLocal(step(TimeZoneInfo.ConvertTime(instant, zone).DateTime), zone);

    private static DateTimeOffset AtLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
