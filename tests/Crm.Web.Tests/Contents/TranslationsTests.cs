using System.Net;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Recipes;
using Crm.Core.Content.Translations;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

/// <summary>
/// The content types' texts in Korean: the crm recipe brings them, admins add and change them on the translations
/// screen, staff read their language on the generated screens, and the type editor keeps the English source.
/// </summary>
public sealed class TranslationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_read_the_crm_types_in_their_language(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.CreateAsync("Customer", """{ "Name": "Kim", "Stage": "Prospect", "Grade": "A" }""");
        var admin = await crm.AdminAsync();

        var korean = await admin.GetStringAsync("/contents/Customer?culture=ko-KR");
        Assert.Contains(">단계<", korean);
        Assert.Contains("가망 고객", korean);
        Assert.Contains(">최근 활동<", korean);
        var form = await admin.GetStringAsync("/contents/Activity/new?culture=ko-KR");
        Assert.Contains("전화", form);
        Assert.Contains("활동을 완료로 표시하면 채워집니다", form); // a hint
        Assert.Contains(">영업 기회<", await admin.GetStringAsync("/admin?culture=ko-KR")); // the menu

        var english = await admin.GetStringAsync("/contents/Customer?culture=en-US");
        Assert.Contains(">Stage<", english);
        Assert.DoesNotContain("가망 고객", english);

        // An exported tenant takes its translations along.
        var exported = await crm.RunAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync("copy", includeContent: false));
        var step = exported["steps"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == "Translations")!;
        Assert.Equal(("ko-KR", "단계"), (step["Culture"]!.GetValue<string>(), step["Texts"]!["Stage"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_admin_translates_a_new_field_and_the_form_shows_it_at_once_while_the_type_editor_keeps_the_English(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d => d.WithOwnField("Customer",
            new ContentFieldDefinition("FavouriteColour", "Text", new FieldSettings { DisplayName = "Favourite colour" }))));
        var admin = await crm.AdminAsync();

        var missing = await admin.GetStringAsync("/admin/content-translations?culture=ko-KR&missing=true");
        Assert.Contains("data-source=\"Favourite colour\"", missing);
        Assert.DoesNotContain("data-source=\"Stage\"", missing); // translated by the recipe
        var saved = await admin.PostAsync("/admin/content-translations", CrmRecipeHost.Form(missing,
            ("culture", "ko-KR"), ("missing", "true"), ("source", "Favourite colour"), ("translation", "좋아하는 색")));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain("data-source=\"Favourite colour\"", await saved.Content.ReadAsStringAsync());
        Assert.Contains("좋아하는 색", await admin.GetStringAsync("/contents/Customer/new?culture=ko-KR"));
        Assert.Contains("Favourite colour", await admin.GetStringAsync("/admin/content-types/Customer?culture=ko-KR"));

        // A blank translation goes back to the English text.
        var page = await admin.GetStringAsync("/admin/content-translations?culture=ko-KR");
        await admin.PostAsync("/admin/content-translations", CrmRecipeHost.Form(page, ("culture", "ko-KR"), ("source", "Favourite colour"), ("translation", " ")));
        Assert.Contains("Favourite colour", await admin.GetStringAsync("/contents/Customer/new?culture=ko-KR"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refused_translations_name_what_is_wrong_and_save_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/content-translations");
        var before = await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_translations");

        var refused = await admin.PostAsync("/admin/content-translations", CrmRecipeHost.Form(page, ("culture", "ko-KR"),
            ("source", "Stage"), ("translation", "스테이지"),
            ("source", "Loyalty"), ("translation", new string('충', 401)),
            ("source", "No such text"), ("translation", "없음")));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("&#x27;No such text&#x27; is not a text of the content types.", body);
        Assert.Contains("the translation of &#x27;Loyalty&#x27; is longer than 400 characters", body);
        Assert.Equal(before, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_translations"));
        Assert.Equal("단계", await crm.ScalarAsync<string>("SELECT text FROM content_translations WHERE culture = 'ko-KR' AND source = 'Stage'"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/content-translations?culture=fr-FR")).StatusCode);

        var (rep, _) = await crm.StaffAsync("rep", "SalesRep");
        Assert.Contains("/denied", (await rep.GetAsync("/admin/content-translations")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_translations_step_of_the_wrong_shape_is_refused_at_its_json_paths()
    {
        const string bad = """
            { "name": "bad-translations", "steps": [
                { "name": "Translations", "Culture": "fr-FR", "Texts": { "Stage": 1, "Grade": " " } },
                { "name": "Translations", "Culture": "ko-KR" }
            ] }
            """;
        await using var crm = await CrmRecipeHost.StartAsync(DatabaseProvider.Sqlite, "platform");

        var errors = await crm.RunAsync(s => Task.FromResult(s.GetRequiredService<RecipeValidator>().Validate(RecipeParser.Parse(bad, "bad-translations"))
            .Select(e => e.ToString()).ToList()));

        Assert.Equal(
            [
                "step 0 at $.steps[0].Culture: unsupported culture 'fr-FR'; supported: en-US, ko-KR",
                "step 0 at $.steps[0].Texts[\"Stage\"]: must be a string",
                "step 0 at $.steps[0].Texts[\"Grade\"]: must not be empty",
                "step 1 at $.steps[1].Texts: is required: an object of English text → translation",
            ], errors);
        Assert.Empty(await crm.RunAsync(s => s.GetRequiredService<ContentTranslations>().GetAsync("ko-KR")));
    }
}
