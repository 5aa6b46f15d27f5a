using System.Text;
using System.Text.RegularExpressions;

namespace Crm.WebTracking.Collection.UserAgents;

/// <summary>
/// One entry of a uap-core parser list: a regex (case-sensitive unless <c>regex_flag: 'i'</c>, never anchored) and the
/// replacement templates it names. The regex is built the first time a User-Agent reaches it, so loading the file
/// stays cheap; the interpreter (not RegexOptions.Compiled) keeps building each of the ~1,200 rules fast.
/// </summary>
public sealed class UapRule(string pattern, bool ignoreCase, IReadOnlyDictionary<string, string> replacements)
{
    // A rule that runs away on a hostile User-Agent counts as not matching rather than stalling the hit.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private Regex? _regex;

    public string Pattern => pattern;

    public Regex Regex => LazyInitializer.EnsureInitialized(ref _regex, () =>
        new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), MatchTimeout));

    public Match? Match(string userAgent)
    {
        try
        {
            var match = Regex.Match(userAgent);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// A field of the result: the named replacement with <c>$1</c>..<c>$9</c> filled in from the match (a group that is
    /// missing or did not take part gives nothing), else the match's group <paramref name="defaultGroup"/>; trimmed, and
    /// null when nothing is left.
    /// </summary>
    public string? Value(Match match, string replacement, int? defaultGroup)
    {
        string? value;
        if (replacements.TryGetValue(replacement, out var template)) value = Fill(template, match);
        else if (defaultGroup is { } group && group < match.Groups.Count && match.Groups[group].Success) value = match.Groups[group].Value;
        else value = null;
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string Fill(string template, Match match)
    {
        if (!template.Contains('$')) return template;
        var filled = new StringBuilder(template.Length + 16);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '$' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var group = template[i + 1] - '0';
                if (group < match.Groups.Count && match.Groups[group].Success) filled.Append(match.Groups[group].Value);
                i++;
            }
            else filled.Append(template[i]);
        }
        return filled.ToString();
    }
}
