using System.Globalization;
using System.Text;

namespace Crm.Core.Content.Duplicates;

/// <summary>
/// The normal forms duplicate rules compare: two values that a person would call the same give the same key.
/// A null key means the value cannot take part in a match (empty, or not a usable address or number).
/// </summary>
public static class DuplicateKeys
{
    private static readonly string[] GmailDomains = ["gmail.com", "googlemail.com"];

    // Legal-form words removed from names; Korean ones anywhere, English ones only as trailing words.
    private static readonly string[] KoreanAffixes = ["주식회사", "유한회사", "유한책임회사", "합자회사", "합명회사", "(주)", "(유)", "(株)", "㈜", "㈲"];
    private static readonly HashSet<string> EnglishSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "gmbh", "llp",
    };

    /// <summary>"  John.Doe+crm@GMail.com " → "johndoe@gmail.com"; other domains keep dots and +tags.</summary>
    public static string? Email(string? value)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text)) return null;
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1) return text;
        var local = text[..at];
        var domain = text[(at + 1)..];
        if (!GmailDomains.Contains(domain)) return text;
        var plus = local.IndexOf('+');
        if (plus > 0) local = local[..plus];
        return local.Replace(".", "", StringComparison.Ordinal) + "@gmail.com";
    }

    /// <summary>
    /// Digits in national form for Korean numbers ("+82 10-1234-5678", "82-10-1234-5678", "0082 10…" and "010-1234-5678" all
    /// give 01012345678); other international numbers keep their country code after a "+". Fewer than 7 digits: no key.
    /// </summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (char.IsDigit(c)) digits.Append((char)('0' + (int)char.GetNumericValue(c)));
        }
        var number = digits.ToString();
        var international = text.StartsWith('+') || text.StartsWith('＋');
        if (!international && number.StartsWith("00", StringComparison.Ordinal) && !number.StartsWith("000", StringComparison.Ordinal))
        {
            // Dialled from abroad or from Korea with an international prefix (00, 001, 002, 00700...): keep what follows "00".
            international = true;
            number = number[2..];
        }
        if (international || (number.StartsWith("82", StringComparison.Ordinal) && number.Length is >= 10 and <= 13))
        {
            if (number.StartsWith("82", StringComparison.Ordinal))
            {
                var national = number[2..];
                return Checked(national.StartsWith('0') ? national : "0" + national);
            }
            return international ? Checked(number) is { } other ? "+" + other : null : Checked(number);
        }
        return Checked(number);

        static string? Checked(string digitsOnly) => digitsOnly.Length is >= 7 and <= 15 ? digitsOnly : null;
    }

    /// <summary>
    /// "(주) 한빛 상사", "한빛상사 주식회사" → "한빛상사"; "Acme Co., Ltd." → "acme": lower case, compatibility forms folded,
    /// legal-form words dropped, spaces and punctuation removed. A name that is only a legal form keeps it.
    /// </summary>
    public static string? Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        foreach (var affix in KoreanAffixes) text = text.Replace(affix, " ", StringComparison.Ordinal);
        text = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        foreach (var affix in KoreanAffixes) text = text.Replace(affix, " ", StringComparison.Ordinal);

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '&') continue;
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        var all = string.Concat(words);
        while (words.Count > 1 && EnglishSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        var key = string.Concat(words);
        return key.Length > 0 ? key : all.Length > 0 ? all : null;
    }

    /// <summary>Exact rules: trimmed, case ignored; numbers compare by value (12.50 = 12.5).</summary>
    public static string? Exact(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant(),
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 7.9e27 => ((decimal)d).ToString("0.############################", CultureInfo.InvariantCulture),
        long or int or float => Exact(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
