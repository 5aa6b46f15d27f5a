using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;

namespace Crm.Core.Tests.Content;

public sealed class FilterParsingTests
{
    [Fact]
    public void The_url_form_reads_conditions_groups_lists_and_escapes()
    {
        var filter = FilterText.Parse(@"Stage:eq:Prospect,Grade:in:A|B,or(Email:isNull,not(Name:contains:a\,b\|c)),Customer.Stage:startsWith:Pro");

        Assert.Equal(
            """{"and":[{"field":"Stage","op":"eq","value":"Prospect"},{"field":"Grade","op":"in","value":["A","B"]},""" +
            """{"or":[{"field":"Email","op":"isNull"},{"not":{"field":"Name","op":"contains","value":"a,b|c"}}]},""" +
            """{"field":"Customer.Stage","op":"startsWith","value":"Pro"}]}""",
            FilterJson.Write(filter).ToJsonString());
    }

    [Fact]
    public void Compact_and_canonical_json_forms_mean_the_same()
    {
        var compact = FilterJson.Parse("""{ "Stage": "Prospect", "Grade": ["A", "B"], "Email": null, "Employees": { "gte": 10, "lt": 100 } }""");
        var canonical = FilterJson.Parse(FilterJson.Write(compact));

        Assert.Equal(FilterJson.Write(compact).ToJsonString(), FilterJson.Write(canonical).ToJsonString());
        Assert.Equal(
            """{"and":[{"field":"Stage","op":"eq","value":"Prospect"},{"field":"Grade","op":"in","value":["A","B"]},{"field":"Email","op":"isNull"},""" +
            """{"field":"Employees","op":"gte","value":10},{"field":"Employees","op":"lt","value":100}]}""",
            FilterJson.Write(compact).ToJsonString());
        Assert.Equal(new FilterAnd([]), FilterJson.Parse((JsonNode?)null));
    }

    [Fact]
    public void Json_errors_carry_their_path()
    {
        var error = Assert.Throws<FilterException>(() => FilterJson.Parse("""
            { "or": [ { "field": "Stage", "op": "equals", "value": "Prospect" }, { "Grade": { "like": "A" } }, 42, { "and": {} }, { "stage": "x" } ] }
            """));

        Assert.Equal(
            [
                "$.Filter.or[0].op: unknown operator 'equals'; operators: eq, ne, in, gt, gte, lt, lte, contains, startsWith, isNull",
                "$.Filter.or[1].Grade.like: unknown operator 'like'; operators: eq, ne, in, gt, gte, lt, lte, contains, startsWith, isNull",
                "$.Filter.or[2]: must be an object such as { \"field\": \"Stage\", \"op\": \"eq\", \"value\": \"Prospect\" }",
                "$.Filter.or[3].and: must be an array of conditions",
                "$.Filter.or[4].stage: unknown keyword 'stage'; use and, or, not, or a field name",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("Stage:eq:Prospect,", "at character 19 of 'Stage:eq:Prospect,': expected a field name, and(, or( or not(")]
    [InlineData("Stage:like:P", "at character 1 of 'Stage:like:P': unknown operator 'like'; operators: eq, ne, in, gt, gte, lt, lte, contains, startsWith, isNull")]
    [InlineData("or(Stage:eq:P", "at character 14 of 'or(Stage:eq:P': expected ')' at the end")]
    [InlineData("Stage", "at character 6 of 'Stage': expected ':' at the end")]
    public void Url_form_syntax_errors_say_where(string text, string message)
    {
        var error = Assert.Throws<FilterException>(() => FilterText.Parse(text));
        Assert.Equal("$.Filter", error.Errors.Single().Path);
        Assert.Equal(message, error.Errors.Single().Message);
    }

    [Fact]
    public void Relative_dates_count_days_on_the_tenants_calendar()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var clock = new QueryClock(DateTimeOffset.Parse("2026-11-22T20:30:00Z"), seoul); // 05:30 on the 23rd in Seoul

        Assert.Equal(DateTimeOffset.Parse("2026-11-22T15:00:00Z"), RelativeDates.Resolve("today", clock));
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T15:00:00Z"), RelativeDates.Resolve("today+1d", clock));
        Assert.Equal(DateTimeOffset.Parse("2026-10-23T20:30:00Z"), RelativeDates.Resolve("now-30d", clock));
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T22:30:00Z"), RelativeDates.Resolve("now+2h", clock));
        Assert.Equal(DateTimeOffset.Parse("2026-10-22T15:00:00Z"), RelativeDates.Resolve("today-1mo", clock));
        Assert.Null(RelativeDates.Resolve("yesterday", clock));
        Assert.Null(RelativeDates.Resolve("now-30x", clock));
    }
}
