using System.Text.Json.Nodes;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class BulkImportTests
{
    private static List<JsonObject> Rows(params string[] json) => json.Select(j => JsonNode.Parse(j)!.AsObject()).ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Keep_valid_rows_stores_the_good_rows_and_names_row_and_field_of_each_bad_one(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var rows = Enumerable.Range(1, 25).Select(i => JsonNode.Parse($$"""{ "Name": "Customer {{i}}", "Employees": {{i}} }""")!.AsObject()).ToList();
        rows[6] = JsonNode.Parse("""{ "Name": "Bad mail", "Email": "nope" }""")!.AsObject();
        rows[17] = JsonNode.Parse("""{ "Employees": -1, "Shoe": 42 }""")!.AsObject();
        var progress = new List<ImportProgress>();

        var result = await content.RunAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync("Customer", rows,
            new ImportOptions { Mode = ImportMode.KeepValidRows, BatchSize = 10, Progress = progress.Add }));

        Assert.Equal(23, result.Created);
        Assert.Equal(2, result.FailedRows);
        Assert.Equal(["row 7, Email: 'nope' is not an e-mail address", "row 18, Employees: must be at least 0", "row 18, Name: is required", "row 18, Shoe: is not a field of Customer"],
            result.Errors.OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal).Select(e => e.ToString()));
        Assert.Equal(23, await content.CountAsync("Customer"));
        Assert.Equal([(10, 9), (20, 18), (25, 23)], progress.Select(p => (p.RowsRead, p.Created)));

        var history = await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_history WHERE action = 'Created'"));
        Assert.Equal(23, history);
        var stored = await content.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT display_text FROM content_items ORDER BY display_text"));
        Assert.Contains("Customer 25", stored);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_or_nothing_writes_nothing_when_any_row_is_bad_and_checks_relations_per_batch(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var rows = Rows(
            $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}" }""",
            """{ "Subject": "Visit", "Customer": "01ARZ3NDEKTSV4RRFFQ69G5FAV" }""",
            $$"""{ "Subject": "Mail", "Customer": "{{customer.Id}}" }""");

        var failed = await content.RunAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync("Activity", rows, new ImportOptions { Mode = ImportMode.AllOrNothing, BatchSize = 2 }));

        Assert.Equal(0, failed.Created);
        Assert.Equal(3, failed.RowsRead);
        Assert.Equal(["row 2, Customer: item '01ARZ3NDEKTSV4RRFFQ69G5FAV' does not exist"], failed.Errors.Select(e => e.ToString()));
        Assert.Equal(0, await content.CountAsync("Activity"));
        Assert.Equal(1, await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_history")));

        var good = await content.RunAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync("Activity", rows.Where((_, i) => i != 1).Select(r => (JsonObject)r.DeepClone()),
            new ImportOptions { Mode = ImportMode.AllOrNothing, BatchSize = 1 }));
        Assert.Equal(2, good.Created);
        Assert.Equal(2, await content.CountAsync("Activity"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_csv_file_maps_columns_to_fields_and_reports_spreadsheet_rows(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        const string csv = """
            Name,Email,Employees,Tags,Phone
            한빛상사,buyer@hanbit.co.kr,120,VIP;seoul,010-1234-5678
            "Acme, Inc.",sales@acme.com,many,,
            Beta,,7,,
            """;

        var result = await content.RunAsync(s => s.GetRequiredService<ContentCsvImporter>().ImportAsync("Customer", new StringReader(csv)));

        Assert.Equal(2, result.Created);
        Assert.Equal(["row 3, Employees: must be a number"], result.Errors.Select(e => e.ToString()));
        var items = await content.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT data FROM content_items WHERE display_text = '한빛상사'"));
        var data = JsonNode.Parse(items.Single())!;
        Assert.Equal(120, data["Customer"]!["Employees"]!.GetValue<decimal>());
        Assert.Equal(["VIP", "seoul"], data["Customer"]!["Tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_csv_header_with_an_unknown_column_stops_the_import_before_any_row(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        const string csv = """
            Name,Shoe size,Email
            Acme,42,a@acme.com
            """;

        var result = await content.RunAsync(s => s.GetRequiredService<ContentCsvImporter>().ImportAsync("Customer", new StringReader(csv)));

        Assert.Equal(0, result.Created);
        Assert.Equal(["row 1, Shoe size: is not a field of Customer"], result.Errors.Select(e => e.ToString()));
        Assert.Equal(0, await content.CountAsync("Customer"));
        await Assert.ThrowsAsync<ContentValidationException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync("Lead", Rows("""{ "Name": "x" }"""))));
    }
}
