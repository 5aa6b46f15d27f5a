using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Workflows.Expressions;

/// <summary>Durations as admins write them: <c>3d</c>, <c>2h</c>, <c>30m</c>, <c>45s</c>, <c>1w</c>, combined (<c>1d12h</c>).</summary>
public static partial class Durations
{
    [GeneratedRegex(@"^\s*(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Pattern().Match(text);
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success)) return null;
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromDays(7 * Part(1) + Part(2)) + TimeSpan.FromHours(Part(3)) + TimeSpan.FromMinutes(Part(4)) + TimeSpan.FromSeconds(Part(5));
    }
}
