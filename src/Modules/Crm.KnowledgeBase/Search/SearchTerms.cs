using System.Globalization;
using System.Text;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// The words of what a reader typed: runs of letters and digits (Hangul included), lower-cased. Everything else —
/// quotes, '*', '-', ':', '&amp;', parentheses, NEAR(...) as syntax — separates words, so no full-text query syntax of
/// either database can come from the reader, and no input can make a search fail. Long input is cut: the first
/// <see cref="MaxWords"/> distinct words, each at most <see cref="MaxWordLength"/> characters.
/// </summary>
public static class SearchTerms
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;
    private const int MaxInputLength = 1000;

    public static IReadOnlyList<string> Parse(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var word = new StringBuilder();
        var input = text[..Math.Min(text.Length, MaxInputLength)].Normalize(NormalizationForm.FormC);
        foreach (var rune in input.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(rune.ToString());
                continue;
            }
            if (!Add()) return words;
        }
        Add();
        return words;

        bool Add()
        {
            if (word.Length > 0)
            {
                var term = word.ToString().ToLowerInvariant();
                if (term.Length > MaxWordLength) term = term[..(char.IsHighSurrogate(term[MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength)];
                if (!words.Contains(term)) words.Add(term);
                word.Clear();
            }
            return words.Count < MaxWords;
        }
    }
}
