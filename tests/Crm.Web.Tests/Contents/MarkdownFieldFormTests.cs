using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

/// <summary>A Markdown field on the item form: a text area with a preview button, saved as its source, previewed sanitised.</summary>
public sealed partial class MarkdownFieldFormTests
{
    private const string Recipe = """
        { "name": "notes", "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Title }}" } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ],
          "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Title", "Settings": { "TextFieldSettings": { "Required": true } } },
            { "FieldName": "MarkdownField", "Name": "Body", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Body" } } } ] } ] } ] }
        """;

    private const string Source = "Call **today**\n\n<script>alert('x')</script>\n\n[link](javascript:alert(1))";

    [GeneratedRegex("/contents/Note/([0-9A-Z]{26})")]
    private static partial Regex ItemUrl();

    [GeneratedRegex("<textarea[^>]*id=\"field-Note-Body\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex BodyArea();

    [GeneratedRegex("<button[^>]*data-markdown-preview[^>]*hx-post=\"([^\"]+)\"[^>]*hx-target=\"#field-Note-Body-preview\"")]
    private static partial Regex PreviewButton();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_markdown_field_is_created_edited_and_previewed_without_its_script(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Recipe, "notes"), CancellationToken.None));
        var admin = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);

        // The new form has the text area and a preview button that posts this field to the preview endpoint.
        var form = await admin.GetStringAsync("/contents/Note/new");
        Assert.Matches(BodyArea(), form);
        var previewUrl = WebUtility.HtmlDecode(PreviewButton().Match(form).Groups[1].Value);
        Assert.Equal("/contents/preview-markdown?field=Note.Body", previewUrl);

        var created = await admin.SubmitFormAsync("/contents/Note/new", "/contents/Note/new", new() { ["Note.Title"] = "Follow-up", ["Note.Body"] = Source });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ItemUrl().Match(created.Headers.Location!.ToString()).Groups[1].Value;
        var stored = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id));
        Assert.Equal(Source, stored!.Value("Note", "Body")!.GetValue<string>()); // the source is kept as written

        // The detail page shows the source as text: the script is encoded, never markup.
        var detail = await admin.GetStringAsync($"/contents/Note/{id}");
        Assert.DoesNotContain("<script>alert", detail);
        Assert.Contains("&lt;script&gt;alert", detail);

        // The edit form holds the source (encoded in the text area), and its preview renders it sanitised.
        var edit = $"/contents/Note/{id}/edit";
        Assert.Equal(Source, WebUtility.HtmlDecode(BodyArea().Match(await admin.GetStringAsync(edit)).Groups[1].Value).ReplaceLineEndings("\n").TrimStart('\n'));
        var preview = await admin.SubmitFormAsync(edit, previewUrl, new() { ["Note.Title"] = "Follow-up", ["Note.Body"] = Source });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<strong>today</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        var saved = await admin.SubmitFormAsync(edit, edit, new() { ["version"] = "1", ["Note.Title"] = "Follow-up", ["Note.Body"] = "Called, **done**." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id));
        Assert.Equal(("Called, **done**.", 2), (after!.Value("Note", "Body")!.GetValue<string>(), after.Version));
    }
}
