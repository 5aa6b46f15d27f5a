using System.Globalization;
using Crm.Core.Data;

namespace Crm.Opportunities.Services;

/// <summary>
/// Numbers for quotes and orders from a per-tenant counter per prefix and year: Q-2026-000001, Q-2026-000002, …
/// The counter row is taken in the caller's transaction (an order made by a won opportunity rolls back with it); a
/// number taken by a save that then fails is not reused, as with any database sequence.
/// </summary>
public sealed class DocumentNumbers(TenantDb db, TenantCalendar calendar)
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
}
