using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Crm.Retention.Coupons;

/// <summary>
/// Coupon codes as customers type them: two groups of four from 32 letters and digits without the look-alikes
/// (no 0/O, 1/I/L), e.g. <c>K7QM-3WXA</c> — about a trillion codes, drawn with a cryptographic generator so they cannot be guessed
/// from one another. Codes are compared in upper case with spaces removed.
/// </summary>
public static partial class CouponCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]$")]
    private static partial Regex Shape();

    public static string New() =>
        string.Create(9, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });

    /// <summary>The code as stored: upper case, without spaces.</summary>
    public static string Normalize(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Whether a code someone chose has a usable shape: 4–32 letters, digits and inner hyphens.</summary>
    public static bool IsWellFormed(string normalized) => Shape().IsMatch(normalized);
}
