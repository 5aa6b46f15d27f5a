using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed partial class CsvImportScreenTests
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"token\" value=\"([0-9A-F]+)\"")]
    private static partial Regex UploadToken();

    [GeneratedRegex("<select[^>]*name=\"map\" data-column=\"([^\"]*)\">(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex MapSelect();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\">")]
    private static partial Regex Selected();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword)
    {
        var browser = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string csv, string mode = "KeepValidRows", string duplicates = "Skip",
        string fileName = "customers.csv", byte[]? bytes = null, string tokenPage = "/contents/Customer/import")
    {
        var token = Antiforgery().Match(await browser.GetStringAsync(tokenPage)).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes ?? Encoding.UTF8.GetBytes(csv)), "file", fileName },
            { new StringContent(mode), "mode" },
            { new StringContent(duplicates), "duplicates" },
        };
        return await browser.PostAsync("/contents/Customer/import", form);
    }

    /// <summary>The mapping page's proposal per column header ("" = ignore).</summary>
    private static List<(string Header, string Field)> Proposed(string mapping) =>
        MapSelect().Matches(mapping).Select(m => (m.Groups[1].Value, Selected().Match(m.Groups[2].Value) is { Success: true } s ? s.Groups[1].Value : "")).ToList();

    private static async Task<HttpResponseMessage> RunAsync(HttpClient browser, string mapping, IEnumerable<string> map, string mode = "KeepValidRows", string duplicates = "Skip")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Antiforgery().Match(mapping).Groups[1].Value),
            new("token", UploadToken().Match(mapping).Groups[1].Value),
            new("mode", mode), new("duplicates", duplicates),
        };
        fields.AddRange(map.Select(m => new KeyValuePair<string, string>("map", m)));
        return await browser.PostAsync("/contents/Customer/import/run", new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads, keeps the proposed mapping (or the given one), runs and polls the job page until it is done.</summary>
    private static async Task<string> ImportAsync(HttpClient browser, string csv, string mode = "KeepValidRows", string duplicates = "Skip", string[]? map = null)
    {
        var upload = await UploadAsync(browser, csv, mode, duplicates);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var mapping = await upload.Content.ReadAsStringAsync();
        var run = await RunAsync(browser, mapping, map ?? Proposed(mapping).Select(p => p.Field), mode, duplicates);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var job = run.Headers.Location!.ToString();
        Assert.Matches("/contents/Customer/import/[0-9a-f]{24}$", job);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, job);
            poll.Headers.Add("HX-Request", "true");
            var page = await (await browser.SendAsync(poll)).Content.ReadAsStringAsync();
            if (page.Contains("data-done=\"true\"")) return WebUtility.HtmlDecode(await browser.GetStringAsync(job));
            Assert.Contains("hx-trigger=\"every 1s\"", page);
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish.");
    }

    private static string Count(string page, string name) => Regex.Match(page, $"data-count=\"{name}\">([^<]*)<").Groups[1].Value.Trim();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_thousand_rows_with_three_bad_ones_keep_the_valid_rows_and_report_the_bad_ones(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var csv = new StringBuilder("name,STAGE,Employees,Notes\n");
        for (var i = 1; i <= 1000; i++)
        {
            var (name, stage, employees) = i switch { 100 => ("", "Target", "3"), 500 => ($"Firm {i}", "Lost", "3"), 900 => ($"Firm {i}", "Prospect", "-5"), _ => ($"Firm {i}", "Prospect", "3") };
            csv.Append($"{name},{stage},{employees},whatever\n");
        }

        var upload = await UploadAsync(admin, csv.ToString());
        var mapping = await upload.Content.ReadAsStringAsync();
        Assert.Equal([("name", "Customer.Name"), ("STAGE", "Customer.Stage"), ("Employees", "Customer.Employees"), ("Notes", "")], Proposed(mapping));
        // "Create": the type's name-similarity rule would call "Firm 201" a duplicate of "Firm 20".
        var report = await ImportAsync(admin, csv.ToString(), duplicates: "Create");

        Assert.Equal(997, await content.CountAsync("Customer"));
        Assert.Equal("997", Count(report, "created"));
        Assert.Equal("3", Count(report, "failed"));
        Assert.Equal("1,000 / 1,000", Count(report, "read"));
        // Data row i is spreadsheet row i + 1 (the header is row 1).
        // Fields are named alike whichever step found the problem: by their display name.
        Assert.Contains("data-row=\"101\" data-field=\"Name\"", report);
        Assert.Contains("data-row=\"501\" data-field=\"Stage\"", report);
        Assert.Contains("data-row=\"901\" data-field=\"Employees\"", report);
        Assert.Contains("is required", report);
        Assert.Equal(3, Regex.Matches(report, "<tr data-row=").Count);
    }

    [Fact]
    public async Task The_report_names_every_field_by_its_display_name()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        // Stage gets a display name other than its technical name (the definition step merges fields by name).
        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse("""
            { "name": "stage-label", "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Customer", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Pipeline stage" },
                  "ChoiceFieldSettings": { "Required": true, "Indexed": true, "Default": "Target",
                    "Options": [ { "Value": "Target", "Label": "Target" }, { "Value": "Prospect", "Label": "Prospect" }, { "Value": "Customer", "Label": "Customer" } ] } } } ] } ] } ] }
            """, "stage-label"), CancellationToken.None));
        var admin = await SignInAsync(content);

        // Row 2 misses its name (the type's required field, not given), row 3 has a bad stage (a given field).
        var report = await ImportAsync(admin, "Name,Stage,Employees\n,Target,1\nBirch,Lost,2\n", duplicates: "Create");

        Assert.Contains("data-row=\"2\" data-field=\"Name\"", report);
        Assert.Contains("data-row=\"3\" data-field=\"Pipeline stage\"", report);
        Assert.DoesNotContain("data-field=\"Customer.", report);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_or_nothing_with_a_bad_row_imports_nothing(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Target", "Email": "sales@acme.example" }""");
        var admin = await SignInAsync(content);

        // Row 2 updates Acme, row 3 is new, row 4 is bad: the update and the new item are rolled back too.
        var report = await ImportAsync(admin, "Name,Email,Stage\nAcme Holdings,sales@acme.example,Prospect\nBirch,birch@example.com,Target\nCobalt,cobalt@example.com,Lost\n",
            mode: "AllOrNothing", duplicates: "Update");

        Assert.Contains("data-rolled-back", report);
        Assert.Contains("data-row=\"4\" data-field=\"Stage\"", report);
        Assert.Equal(["Acme"], await content.NamesAsync("Customer", ""));
        Assert.Equal("0", Count(report, "created"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Columns_are_mapped_by_the_users_choice_and_bad_files_are_refused(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        const string csv = "Organisation,Mail,Customer.Stage\nAcme,a@acme.example,Prospect\n";

        var mapping = await (await UploadAsync(admin, csv)).Content.ReadAsStringAsync();
        Assert.Equal([("Organisation", ""), ("Mail", ""), ("Customer.Stage", "Customer.Stage")], Proposed(mapping));
        var twice = await RunAsync(admin, mapping, ["Customer.Name", "Customer.Name", ""]);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("chosen for two columns", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await RunAsync(admin, mapping, ["", "", ""])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RunAsync(admin, mapping, ["Customer.Colour", "", ""])).StatusCode);
        Assert.Equal(0, await content.CountAsync("Customer"));

        await ImportAsync(admin, csv, map: ["Customer.Name", "Customer.Email", ""]);
        Assert.Equal(1, await content.CountAsync("Customer"));
        Assert.Equal(["Acme"], await content.NamesAsync("Customer", "Email:eq:a@acme.example,Stage:eq:Target"));

        foreach (var (bad, file, bytes, message) in new[]
                 {
                     ("", "empty.csv", (byte[]?)null, "The file is empty."),
                     ("", "photo.csv", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF }, "not a CSV text file"),
                     ("Name\nAcme\n", "customers.xlsx", null, "Only CSV files"),
                     ("Name\n", "header-only.csv", null, "no rows under its header"),
                 })
        {
            var refused = await UploadAsync(admin, bad, fileName: file, bytes: bytes);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        Assert.Equal(1, await content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_matching_an_existing_item_are_skipped_update_it_or_are_created(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Target", "Email": "sales@acme.example" }""");
        var admin = await SignInAsync(content);
        const string csv = "Name,Email,Stage\nAcme Holdings,SALES@acme.example,Prospect\nBirch,birch@example.com,Target\n";

        var skipped = await ImportAsync(admin, csv, duplicates: "Skip");
        Assert.Contains($"data-row=\"2\" data-match=\"{acme.Id}\"", skipped);
        Assert.Equal("1", Count(skipped, "skipped"));
        Assert.Equal(["Acme", "Birch"], (await content.NamesAsync("Customer", "", "DisplayText")).ToList());

        var updated = await ImportAsync(admin, "Name,Email,Stage\nAcme Holdings,sales@acme.example,Prospect\n", duplicates: "Update");
        Assert.Equal("1", Count(updated, "updated"));
        Assert.Equal(["Acme Holdings"], await content.NamesAsync("Customer", "Stage:eq:Prospect"));
        Assert.Equal(2, await content.CountAsync("Customer"));

        var created = await ImportAsync(admin, "Name,Email\nAcme Again,sales@acme.example\n", duplicates: "Create");
        Assert.Equal("1", Count(created, "created"));
        Assert.Equal(2, (await content.NamesAsync("Customer", "Email:eq:sales@acme.example")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_without_the_import_permission_is_refused_at_every_step(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "lee", ["email"] = "lee@example.com", ["password"] = "Lee-Password-1", ["roleNames"] = "Agent" })).StatusCode);
        var lee = await SignInAsync(content, "lee", "Lee-Password-1");
        var adminMapping = await (await UploadAsync(admin, "Name\nAcme\n")).Content.ReadAsStringAsync();
        var adminJob = (await RunAsync(admin, await (await UploadAsync(admin, "Name\nBirch\n")).Content.ReadAsStringAsync(), ["Customer.Name"])).Headers.Location!.ToString();

        Assert.Equal(HttpStatusCode.Forbidden, (await lee.GetAsync("/contents/Customer/import")).StatusCode);
        Assert.DoesNotContain("/contents/Customer/import", await lee.GetStringAsync("/contents/Customer"));
        // Crafted posts with a valid antiforgery token from a page lee may open.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(lee, "Name\nAcme\n", tokenPage: "/contents/Customer/new")).StatusCode);
        var craftedRun = adminMapping.Replace(Antiforgery().Match(adminMapping).Groups[1].Value, Antiforgery().Match(await lee.GetStringAsync("/contents/Customer/new")).Groups[1].Value);
        Assert.Equal(HttpStatusCode.Forbidden, (await RunAsync(lee, craftedRun, ["Customer.Name"])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lee.GetAsync(adminJob)).StatusCode);
        Assert.Contains("/contents/Customer/import", await admin.GetStringAsync("/contents/Customer"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Customer/import/0123456789abcdef01234567")).StatusCode);
    }
}
