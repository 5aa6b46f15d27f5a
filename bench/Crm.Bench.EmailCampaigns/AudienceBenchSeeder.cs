using System.Globalization;
using Crm.Bench.Common;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.EmailCampaigns;

/// <summary>
/// N customers at the Customer stage, each with an e-mail address (every 50th without one, every 20th sharing the previous
/// one's, so skips happen as in real lists), written straight into content_items by one INSERT … SELECT.
/// </summary>
public static class AudienceBenchSeeder
{
    public static async Task SeedAsync(BenchHost host, int customers, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
        var args = new { n = customers, now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture) };
        await db.ExecuteAsync(db.Dialect.Provider == DatabaseProvider.Postgres
            ? """
              INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
              SELECT '01' || lpad(i::text, 24, '0'), 'Customer', 'Customer ' || i, NULL, @now, @now, 1, NULL,
                     jsonb_strip_nulls(jsonb_build_object('Customer', jsonb_build_object('Name', 'Customer ' || i, 'Kind', 'Person', 'Stage', 'Customer',
                         'Email', CASE WHEN i % 50 = 0 THEN NULL ELSE 'buyer' || (i - CASE WHEN i % 20 = 0 THEN 1 ELSE 0 END) || '@example.com' END)))
              FROM generate_series(1, @n) i
              """
            : """
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @n)
              INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data)
              SELECT printf('01%024d', i), 'Customer', 'Customer ' || i, NULL, @now, @now, 1, NULL,
                     json_object('Customer', json_patch(json_object('Name', 'Customer ' || i, 'Kind', 'Person', 'Stage', 'Customer'),
                         CASE WHEN i % 50 = 0 THEN '{}' ELSE json_object('Email', 'buyer' || (i - CASE WHEN i % 20 = 0 THEN 1 ELSE 0 END) || '@example.com') END))
              FROM n
              """, args, cancellationToken);
        await db.ExecuteAsync("ANALYZE", null, cancellationToken);
    }
}
