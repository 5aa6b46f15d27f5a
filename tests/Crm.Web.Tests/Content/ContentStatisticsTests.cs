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
}
