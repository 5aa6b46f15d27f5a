using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Core.Settings;

namespace Crm.Core.Numbering;

/// <summary>
/// Numbers for documents from a per-tenant counter per prefix and year: Q-2026-000001, T-2026-000123, … (the year of the
/// tenant's today). The counter row is taken in the caller's transaction (a document made with another change rolls back
/// with it); a number taken by a save that then fails is not reused, as with any database sequence.
/// </summary>
public sealed partial class DocumentNumbers(TenantDb db, TenantCalendar calendar)
{
    public async Task<string> NextAsync(string prefix, CancellationToken cancellationToken)
    {
        var series = $"{prefix}-{(await calendar.TodayAsync(cancellationToken)).Year.ToString(CultureInfo.InvariantCulture)}";
        var number = await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO document_numbers (series, last_number) VALUES (@series, 1)
            ON CONFLICT (series) DO UPDATE SET last_number = document_numbers.last_number + 1
            RETURNING last_number
            """, new { series }, cancellationToken);
        return $"{series}-{number.ToString("D6", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The first document number with this prefix written in a text such as a mail subject ("Re: [T-2026-000123] Login
    /// fails" → "T-2026-000123"), case ignored and given back upper-case; null when there is none.
    /// </summary>
    public static string? FindIn(string? text, string prefix)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (string.Equals(match.Groups["prefix"].Value, prefix, StringComparison.OrdinalIgnoreCase)) return match.Value.ToUpperInvariant();
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<prefix>\p{L}+)-\d{4}-\d{6}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
