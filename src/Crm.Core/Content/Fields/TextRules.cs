using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>Length and pattern rules shared by the text-like kinds.</summary>
internal static class TextRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static IEnumerable<string> ValidateSettings(FieldSettings settings)
    {
        if (settings.MaxLength is <= 0) yield return "MaxLength must be positive";
        if (settings.Pattern is { } pattern && !IsValidPattern(pattern)) yield return $"Pattern '{pattern}' is not a valid regular expression";
    }

    public static FieldResult Normalize(JsonNode value, FieldSettings settings, int defaultMaxLength)
    {
        if (!JsonValues.TryText(value, out var text)) return FieldResult.Fail(FieldMessages.MustBeText);
        text = text.Trim();
        var max = settings.MaxLength ?? defaultMaxLength;
        if (text.Length > max) return FieldResult.Fail(FieldMessages.TooLong, max);
        if (settings.Pattern is { } pattern && text.Length > 0 && !Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout))
        {
            return FieldResult.Fail(FieldMessages.WrongFormat);
        }
        return FieldResult.Ok(JsonValue.Create(text));
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
