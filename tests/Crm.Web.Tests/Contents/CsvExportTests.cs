using System.Net;
using System.Text;
using Crm.Core.Content.Bulk;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed class CsvExportTests
{
    private const string Header = "Id,DisplayText,Owner,CreatedUtc,ModifiedUtc,Name,Stage,Grade,Employees,LastActivityAt,Tags,Phone,Company,Email";

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword)
    {
        var browser = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static async Task<string[]> LinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // so Excel reads UTF-8
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_export_is_the_lists_query_in_canonical_values_with_a_bom(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var hanbit = await content.CreateAsync("Customer",
            """{ "Name": "한빛상사, 서울", "Stage": "Prospect", "Grade": "A", "Employees": 1200.5, "Tags": [ "vip", "제조" ], "LastActivityAt": "2026-03-01T09:30:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "B", "Company": "=HYPERLINK(\"x\")" }""");
        await content.CreateAsync("Customer", """{ "Name": "Target Only", "Stage": "Target" }""");
        var admin = await SignInAsync(content);
        Assert.Contains("href=\"/contents/Customer/export.csv?filter=Stage%3Aeq%3AProspect&amp;sort=Grade\"",
            await admin.GetStringAsync("/contents/Customer?filter=Stage:eq:Prospect&sort=Grade"));

        var response = await admin.GetAsync("/contents/Customer/export.csv?filter=Stage:eq:Prospect&sort=Grade");

        var lines = await LinesAsync(response);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{hanbit.Id},\"한빛상사, 서울\",,{hanbit.CreatedUtc.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ},", lines[1]);
        Assert.EndsWith(",\"한빛상사, 서울\",Prospect,A,1200.5,2026-03-01T09:30:00.0000000Z,vip;제조,,,", lines[1]);
        Assert.Contains(",Acme,", lines[2]);
        Assert.DoesNotContain(",=HYPERLINK", lines[2]); // escaped so Excel does not run it as a formula
        Assert.DoesNotContain(lines, l => l.Contains("Target Only"));

        var searched = await LinesAsync(await admin.GetAsync("/contents/Customer/export.csv?q=acme"));
        Assert.Equal(2, searched.Length);
        var bad = await admin.GetAsync("/contents/Customer/export.csv?filter=Colour:eq:Red");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Colour", await bad.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_page_is_exported(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var rows = Enumerable.Range(1, 1234).Select(i => $"Customer {i:0000},{(i % 3 == 0 ? "Target" : "Prospect")}");
        var imported = await content.RunAsync(s => s.GetRequiredService<ContentCsvImporter>()
            .ImportAsync("Customer", new StringReader("Name,Stage\n" + string.Join("\n", rows))));
        Assert.Equal(1234, imported.Created);
        var admin = await SignInAsync(content);

        var lines = await LinesAsync(await admin.GetAsync("/contents/Customer/export.csv?filter=Stage:eq:Prospect"));

        Assert.Equal(1 + 823, lines.Length); // more than one page of 500
        Assert.Equal(823, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exporting_needs_the_export_permission(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.CreateAsync("Customer", """{ "Name": "Secret Account", "Stage": "Target" }""");
        var admin = await SignInAsync(content);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "lee", ["email"] = "lee@example.com", ["password"] = "Lee-Password-1", ["roleNames"] = "Agent" })).StatusCode);
        var lee = await SignInAsync(content, "lee", "Lee-Password-1");

        Assert.DoesNotContain("export.csv", await lee.GetStringAsync("/contents/Customer")); // Agents see the list
        var refused = await lee.GetAsync("/contents/Customer/export.csv");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Secret Account", await refused.Content.ReadAsStringAsync());
    }
}
