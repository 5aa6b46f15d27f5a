using System.Globalization;
using Crm.Bench.Common;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Grades;

/// <summary>
/// Customers and their orders written straight into content_items by two INSERT … SELECT statements (the content manager
/// would take an hour for a million): customer i has i mod 6 orders (2.5 per customer on average), dated up to 700 days back
/// and of 50,000–1,000,000 won, so the RFM scores spread over all fifths.
/// </summary>
public static class GradeBenchSeeder
{
    public static async Task SeedAsync(BenchHost host, int customers, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        var args = new { n = customers, now, today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (db.Dialect.Provider == DatabaseProvider.Postgres)
        {
            await db.ExecuteAsync(
                """
                INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
                SELECT '01' || lpad(i::text, 24, '0'), 'Customer', 'Customer ' || i, NULL, @now, @now, 1, NULL,
                       jsonb_build_object('Customer', jsonb_build_object('Name', 'Customer ' || i, 'Kind', 'Person', 'Stage', 'Customer'))
                FROM generate_series(1, @n) i
                """, args, cancellationToken);
            await db.ExecuteAsync(
                """
                INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
                SELECT '02' || lpad((i * 6 + j)::text, 24, '0'), 'SalesOrder', 'Order', NULL, @now, @now, 1, NULL,
                       jsonb_build_object('SalesOrder', jsonb_build_object('Customer', '01' || lpad(i::text, 24, '0'),
                           'OrderDate', to_char(CAST(@today AS date) - ((i * 7 + j * 53) % 700), 'YYYY-MM-DD'),
                           'Amount', jsonb_build_object('Amount', 50000 + ((i * 37 + j * 11) % 20) * 50000, 'Currency', 'KRW'),
                           'BillingType', 'OneOff', 'Status', 'Fulfilled'))
                FROM generate_series(1, @n) i CROSS JOIN generate_series(0, 4) j WHERE j < i % 6
                """, args, cancellationToken);
        }
        else
        {
            await db.ExecuteAsync(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @n)
                INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
                SELECT printf('01%024d', i), 'Customer', 'Customer ' || i, NULL, @now, @now, 1, NULL,
                       json_object('Customer', json_object('Name', 'Customer ' || i, 'Kind', 'Person', 'Stage', 'Customer'))
                FROM n
                """, args, cancellationToken);
            await db.ExecuteAsync(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @n), k(j) AS (VALUES (0), (1), (2), (3), (4))
                INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
                SELECT printf('02%024d', i * 6 + j), 'SalesOrder', 'Order', NULL, @now, @now, 1, NULL,
                       json_object('SalesOrder', json_object('Customer', printf('01%024d', i),
                           'OrderDate', date(@today, '-' || ((i * 7 + j * 53) % 700) || ' days'),
                           'Amount', json_object('Amount', 50000 + ((i * 37 + j * 11) % 20) * 50000, 'Currency', 'KRW'),
                           'BillingType', 'OneOff', 'Status', 'Fulfilled'))
                FROM n CROSS JOIN k WHERE j < i % 6
                """, args, cancellationToken);
        }
        await db.ExecuteAsync("ANALYZE", null, cancellationToken);
    }
}
