using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Contents;

/// <summary>The list page's filter builder is rendered from the filter in the URL, so a reload or "back" keeps the rows.</summary>
public sealed partial class FilterBuilderTests
{
    /// <summary>One rendered row: field, operator, and the chosen or typed values.</summary>
    private sealed record Row(string Field, string Operator, IReadOnlyList<string> Values, bool Relative);

    [GeneratedRegex("<ol[^>]*data-filter-rows[^>]*>(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex RowList();

    [GeneratedRegex("<li[^>]*data-filter-row[^>]*>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex RowItem();

    private static async Task<(HttpStatusCode Status, string Html)> ListAsync(HttpClient browser, string filter)
    {
        var response = await browser.GetAsync("/contents/Customer?filter=" + Uri.EscapeDataString(filter));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static IReadOnlyList<Row> Rows(string html) => RowItem().Matches(RowList().Match(html).Groups[1].Value)
        .Select(m => m.Groups[1].Value)
        .Select(row => new Row(
            Selected(row, "data-filter-field").Single(),
            Selected(row, "data-filter-op").Single(),
            Regex.Match(row, "<select[^>]*data-filter-value").Success
                ? Selected(row, "data-filter-value")
                : [Input(row, "data-filter-relative") is { Length: > 0 } relative ? relative : Input(row, "data-filter-value")],
            Regex.Match(row, "<option value=\"relative\" selected").Success))
        .ToList();

    private static IReadOnlyList<string> Selected(string row, string select) =>
        Regex.Matches(Regex.Match(row, $"<select[^>]*{select}[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value,
            "<option value=\"([^\"]*)\" selected=\"selected\"").Select(m => m.Groups[1].Value).ToList();

    private static string Input(string row, string marker) =>
        Regex.Match(row, $"<input[^>]*{marker}[^>]*value=\"([^\"]*)\"").Groups[1].Value;

    private static string JoinOf(string html) =>
        Regex.Match(Regex.Match(html, "<select[^>]*data-filter-join[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value,
            "<option value=\"([^\"]*)\" selected").Groups[1].Value;

    private static bool AdvancedOpen(string html) => Regex.IsMatch(html, "<details[^>]*open=\"open\"[^>]*data-filter-advanced");

    [Fact]
    public async Task A_flat_and_filter_comes_back_as_builder_rows_with_widgets_for_each_kind()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var (status, html) = await ListAsync(admin, "Stage:in:Prospect|Customer,Employees:gt:10,LastActivityAt:gte:now-30d,Email:isNull:false,Name:startsWith:Ac\\,me");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            [
                "Stage in Prospect|Customer",
                "Employees gt 10",
                "LastActivityAt gte now-30d (relative)",
                "Email notNull ",
                "Name startsWith Ac,me",
            ],
            Rows(html).Select(r => $"{r.Field} {r.Operator} {string.Join("|", r.Values)}{(r.Relative ? " (relative)" : "")}"));
        Assert.Equal("and", JoinOf(html));
        Assert.False(AdvancedOpen(html));
        // The choice field offers its options, the number field the comparisons, the date field a date input.
        Assert.Matches("data-filter-template=\"Stage\">.*?<option value=\"Target\"", html.ReplaceLineEndings(" "));
        Assert.Matches("data-filter-template=\"Employees\">.*?<option value=\"gte\">at least", html.ReplaceLineEndings(" "));
        Assert.Matches("data-filter-template=\"LastActivityAt\">.*?type=\"datetime-local\"", html.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task An_or_group_selects_or_and_a_nested_filter_opens_the_text_form_instead()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var (_, or) = await ListAsync(admin, "or(Stage:eq:Target,Grade:eq:A)");
        Assert.Equal("or", JoinOf(or));
        Assert.Equal([("Stage", "eq", "Target"), ("Grade", "eq", "A")], Rows(or).Select(r => (r.Field, r.Operator, r.Values.Single())));

        var (status, nested) = await ListAsync(admin, "Stage:eq:Target,or(Grade:eq:A,not(Grade:eq:B))");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Rows(nested));
        Assert.True(AdvancedOpen(nested));
        Assert.Contains("This filter cannot be shown as builder rows", nested);
        Assert.Contains("value=\"Stage:eq:Target,or(Grade:eq:A,not(Grade:eq:B))\"", nested);
    }

    [Fact]
    public async Task Unknown_fields_and_operators_in_the_url_give_a_message_on_the_page_not_an_error_page()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var (status, field) = await ListAsync(admin, "Colour:eq:Red");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The filter or sort cannot be used:", field);
        Assert.Contains("'Colour' is not a field of Customer", field);
        Assert.True(AdvancedOpen(field));

        var (opStatus, op) = await ListAsync(admin, "Stage:like:Pro");
        Assert.Equal(HttpStatusCode.BadRequest, opStatus);
        Assert.Contains("unknown operator 'like'", op);
        Assert.True(AdvancedOpen(op));
        Assert.Contains("value=\"Stage:like:Pro\"", op);
    }
}
