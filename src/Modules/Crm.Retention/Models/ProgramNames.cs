using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Crm.Retention.Models;

/// <summary>
/// A program's name as the screens show it. Program names are ids typed into the designer's "Enrol in program" activity
/// (FirstPurchaseThanks); the screens show the module's translation when there is one (Korean) and otherwise the id read as
/// words ("First purchase thanks"), never the id run together.
/// </summary>
public static partial class ProgramNames
{
    public static string Label(string name, IStringLocalizer localizer) => localizer[name] is { ResourceNotFound: false } text ? text.Value : Words(name);

    /// <summary>"FirstPurchaseThanks" → "First purchase thanks", "VIPWelcome" → "VIP welcome", "win_back" → "Win back".</summary>
    public static string Words(string name)
    {
        var words = WordPattern().Matches(name).Select(m => m.Value).ToList();
        if (words.Count == 0) return name;
        var lower = words.Select((w, i) => i > 0 && !IsAcronym(w) ? w.ToLowerInvariant() : w).ToList();
        lower[0] = char.ToUpperInvariant(lower[0][0]) + lower[0][1..];
        return string.Join(' ', lower);
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    // An acronym before a capitalised word, a capitalised or lower-case word, an acronym, a number, or a run of letters
    // without case (Hangul).
    [GeneratedRegex(@"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{Nd}+|[\p{Lo}\p{Lm}]+")]
    private static partial Regex WordPattern();
}
