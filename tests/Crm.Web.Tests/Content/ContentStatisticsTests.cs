using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

/// <summary>
/// SQLite's statistics average the rows per content type; the engine makes the type index's figure the largest type's, so a
/// large type's field indexes are not passed over for the type index (see <see cref="ContentStatistics"/>).
/// </summary>
public sealed class ContentStatisticsTests
{
    [Fact]
    public async Task The_type_index_counts_as_many_rows_per_type_as_the_largest_type_has()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        for (var i = 0; i < 30; i++) await content.CreateAsync("Customer", $$"""{ "Name": "C{{i}}", "Stage": "Target" }""");
        for (var i = 0; i < 6; i++) await content.CreateAsync("Customer", $$"""{ "Name": "P{{i}}", "Stage": "Prospect" }""");
        var customer = (await content.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT id FROM content_items LIMIT 1")))[0];
        for (var i = 0; i < 4; i++) await content.CreateAsync("Activity", $$"""{ "Subject": "A{{i}}", "Customer": "{{customer}}" }""");

        await content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentStatistics>().RefreshAsync(CancellationToken.None);
            return true;
        });

        var stat = await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<string>(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_content_items_type_modified'"));
        Assert.Equal("36", stat!.Split(' ')[1]); // ANALYZE alone says 20: (36 + 4) / 2 types
    }

    [Fact]
    public async Task A_tenant_whose_content_outgrew_its_statistics_gets_them_refreshed_with_its_background_work_at_most_daily()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var start = DateTimeOffset.Parse("2026-11-23T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await InsertCustomersAsync(content, 1200, "a");

        Assert.True(await RunRefreshAsync(content, start));
        Assert.Equal(1200, await AnalyzedRowsAsync(content));

        await InsertCustomersAsync(content, 600, "b");
        Assert.False(await RunRefreshAsync(content, start.AddHours(23))); // checked once today already
        Assert.Equal(1200, await AnalyzedRowsAsync(content));
        Assert.True(await RunRefreshAsync(content, start.AddDays(1)));
        Assert.Equal(1800, await AnalyzedRowsAsync(content));

        await InsertCustomersAsync(content, 100, "c"); // +6 %: close enough, no ANALYZE
        Assert.False(await RunRefreshAsync(content, start.AddDays(2)));
        Assert.Equal(1800, await AnalyzedRowsAsync(content));
    }

    [Fact]
    public async Task PostgreSQL_keeps_its_own_statistics_and_is_left_alone()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Postgres);
        var due = await content.RunAsync(s => s.GetServices<Crm.Core.Scheduling.IDueWorkProcessor>().OfType<ContentStatisticsRefresh>().Single()
            .RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Null(due);
    }

    /// <summary>Runs the tenant's refresh as its background work would; true when it was due and found the statistics stale.</summary>
    private static Task<bool> RunRefreshAsync(ContentTestHost content, DateTimeOffset now) => content.RunAsync(async s =>
    {
        var refresh = s.GetServices<Crm.Core.Scheduling.IDueWorkProcessor>().OfType<ContentStatisticsRefresh>().Single();
        var stale = await refresh.IsStaleAsync(CancellationToken.None);
        var before = await AnalyzedRowsAsync(s);
        Assert.Null(await refresh.RunDueAsync(now, CancellationToken.None)); // never wakes an idle tenant by itself
        return stale && await AnalyzedRowsAsync(s) != before;
    });

    private static Task<long?> AnalyzedRowsAsync(ContentTestHost content) => content.RunAsync(AnalyzedRowsAsync);

    private static async Task<long?> AnalyzedRowsAsync(IServiceProvider services)
    {
        var stat = await services.GetRequiredService<TenantDb>().ExecuteScalarAsync<string>(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_content_items_type_modified'");
        return stat is null ? null : long.Parse(stat.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Many rows at once, straight into the table (creating them one by one through the content manager takes too long here).</summary>
    private static Task InsertCustomersAsync(ContentTestHost content, int count, string prefix) => content.RunAsync(s =>
        s.GetRequiredService<TenantDb>().ExecuteAsync(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count) " +
            "INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) " +
            "SELECT @prefix || i, 'Customer', 'C' || i, NULL, '2026-11-01T00:00:00.0000000Z', '2026-11-01T00:00:00.0000000Z', 1, NULL, " +
            "'{\"Customer\":{\"Name\":\"C' || i || '\",\"Stage\":\"Target\"}}' FROM n",
            new { count, prefix }));
}
