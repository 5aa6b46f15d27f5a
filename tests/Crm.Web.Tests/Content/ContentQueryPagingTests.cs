using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Content;

public sealed class ContentQueryPagingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Keyset_pages_neither_repeat_nor_skip_rows_while_items_are_inserted(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var original = new List<string>();
        for (var i = 0; i < 23; i++) original.Add((await content.CreateAsync("Customer", $$"""{ "Name": "C{{i}}", "Employees": {{i % 4 * 10}} }""")).Id);

        foreach (var orderBy in new[] { Array.Empty<string>(), ["Employees"], ["Employees desc", "Name"] })
        {
            if (orderBy is ["Employees desc", "Name"])
            {
                var wrong = await Assert.ThrowsAsync<FilterException>(() => content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", OrderBy = orderBy }));
                Assert.Equal("$.OrderBy[1]", wrong.Errors.Single().Path);
                Assert.StartsWith("Name: is not indexed", wrong.Errors.Single().Message);
                continue;
            }
            var seen = new List<string>();
            string? cursor = null;
            var inserted = 0;
            do
            {
                var page = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", OrderBy = orderBy, First = 5, After = cursor, Count = CountMode.None });
                Assert.Null(page.Count);
                Assert.True(page.Items.Count <= 5);
                seen.AddRange(page.Items.Select(i => i.Id));
                cursor = page.NextCursor;
                // Rows that sort before, after and between the pages already read.
                foreach (var employees in new[] { 0, 15, 30 }) await content.CreateAsync("Customer", $$"""{ "Name": "New{{inserted++}}", "Employees": {{employees}} }""");
            }
            while (cursor is not null);

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Empty(original.Except(seen));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_sorted_by_a_field_with_empty_values_cover_every_item_in_order(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        for (var i = 0; i < 9; i++)
        {
            var when = i % 3 == 0 ? "" : $$""", "LastActivityAt": "2026-11-{{10 + i % 4}}T00:00:00Z" """;
            await content.CreateAsync("Customer", $$"""{ "Name": "C{{i}}", "Stage": "Prospect", "Grade": "A"{{when}} }""");
        }
        var all = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", OrderBy = ["LastActivityAt desc"], First = 100 });
        Assert.Equal(9, all.Items.Count);

        foreach (var size in new[] { 1, 2, 4 })
        {
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = await content.QueryAsync(new ContentQueryRequest
                {
                    ContentType = "Customer", Filter = FilterText.Parse("Stage:eq:Prospect,Grade:eq:A"), OrderBy = ["LastActivityAt desc"], First = size, After = cursor,
                });
                paged.AddRange(page.Items.Select(i => i.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            Assert.Equal(all.Items.Select(i => i.Id), paged);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_are_capped_unless_an_exact_count_is_asked_for(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        for (var i = 0; i < 8; i++) await content.CreateAsync("Customer", $$"""{ "Name": "C{{i}}", "Stage": "{{(i < 7 ? "Prospect" : "Target")}}" }""");
        var prospects = FilterText.Parse("Stage:eq:Prospect");

        var capped = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", Filter = prospects, First = 2, CountLimit = 5 });
        Assert.Equal(new ContentCount(5, false), capped.Count);
        Assert.Equal("5+", capped.Count!.ToString());
        Assert.Equal(2, capped.Items.Count);

        var exact = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", Filter = prospects, First = 2, CountLimit = 5, Count = CountMode.Exact });
        Assert.Equal(new ContentCount(7, true), exact.Count);

        var under = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", Filter = prospects, Count = CountMode.Capped });
        Assert.Equal(new ContentCount(7, true), under.Count);
        Assert.Null(under.NextCursor);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_fields_and_wrong_values_are_errors_that_name_them(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        async Task<IReadOnlyList<FilterError>> Errors(FilterNode filter, params string[] orderBy) =>
            (await Assert.ThrowsAsync<FilterException>(() => content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", Filter = filter, OrderBy = orderBy }))).Errors;

        var errors = await Errors(FilterJson.Parse("""
            { "and": [ { "field": "Stag", "op": "eq", "value": "Prospect" }, { "Employees": { "gt": "many" } }, { "Stage": "Lead" },
                       { "field": "LastActivityAt", "op": "gte", "value": "2026-11-01" }, { "Employees": { "contains": "1" } },
                       { "Tags": "vip" }, { "Customer.Stage": "Prospect" } ] }
            """), "Tags");
        Assert.Equal(
            [
                "$.Filter.and[0].field",
                "$.Filter.and[1].Employees.gt",
                "$.Filter.and[2].Stage",
                "$.Filter.and[3].value",
                "$.Filter.and[4].Employees.contains",
                "$.Filter.and[5].Tags",
                "$.OrderBy[0]",
            ],
            errors.Select(e => e.Path));
        Assert.StartsWith("'Stag' is not a field of Customer; its fields: Name, Stage, Grade", errors[0].Message);
        Assert.Equal("Employees: \"many\" is not a number", errors[1].Message);
        Assert.Equal("Stage: 'Lead' is not one of the options (Target, Prospect, Customer)", errors[2].Message);
        Assert.Equal("LastActivityAt: must say its time zone (Z or an offset such as +09:00)", errors[3].Message);
        Assert.Equal("Employees: contains applies to text fields only", errors[4].Message);
        Assert.Equal("Tags: is a list field; eq does not apply, use contains", errors[5].Message);
        Assert.Equal("Tags: is a list field and cannot be sorted", errors[6].Message);

        var relation = await Assert.ThrowsAsync<FilterException>(() => content.QueryAsync(new ContentQueryRequest { ContentType = "Activity", Filter = FilterText.Parse("Customer.Stge:eq:Prospect") }));
        Assert.StartsWith("'Stge' is not a field of Customer (through 'Customer')", relation.Errors.Single().Message);
        Assert.Equal("$.Filter.field", relation.Errors.Single().Path);

        var type = await Assert.ThrowsAsync<FilterException>(() => content.QueryAsync(new ContentQueryRequest { ContentType = "Lead" }));
        Assert.Equal("$.ContentType: 'Lead' is not a content type; types: Customer, Activity", type.Errors.Single().ToString());

        var cursor = await Assert.ThrowsAsync<FilterException>(() => content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", After = "not-a-cursor" }));
        Assert.Equal("$.After", cursor.Errors.Single().Path);
    }
}
