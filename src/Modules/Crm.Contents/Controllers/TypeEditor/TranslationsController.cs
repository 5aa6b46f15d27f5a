using Crm.Contents.Models.TypeEditor;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Translations;
using Crm.Core.Security;
using Crm.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers.TypeEditor;

/// <summary>
/// Translations of the content definitions' texts (type, field and option names, hints): what staff read on the
/// generated screens in another language. A blank translation falls back to the English text.
/// </summary>
[RequirePermission(ContentPermissions.ManageContentTypes)]
public sealed class TranslationsController(ContentDefinitionManager definitions, ContentTranslations translations, IStringLocalizer<TypeEditorText> text)
    : Controller
{
    private const string DefaultCulture = "ko-KR";

    [HttpGet("/admin/content-translations")]
    public async Task<IActionResult> Index(string? culture, bool missing, CancellationToken cancellationToken)
    {
        if (CultureOf(culture) is not { } chosen) return BadRequest(text["Unsupported language '{0}'.", culture ?? ""].Value);
        return View(await PageAsync(chosen, missing, null, [], null, cancellationToken));
    }

    /// <param name="source">The English texts, in the order of <paramref name="translation"/>.</param>
    [HttpPost("/admin/content-translations")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] string? culture, [FromForm] bool missing, [FromForm] string[] source, [FromForm] string[] translation,
        CancellationToken cancellationToken)
    {
        if (CultureOf(culture) is not { } chosen) return BadRequest(text["Unsupported language '{0}'.", culture ?? ""].Value);
        if (source.Length != translation.Length) return BadRequest(text["Every text needs its translation field."].Value);

        var known = DefinitionTexts.Of(await definitions.GetAsync(cancellationToken)).Select(t => t.Source).ToHashSet(StringComparer.Ordinal);
        var posted = source.Zip(translation, (s, t) => (Source: s, Text: t)).ToList();
        var errors = posted.Where(p => !known.Contains(p.Source)).Select(p => text["'{0}' is not a text of the content types.", p.Source].Value)
            .Concat(posted.Select(p => ContentTranslations.Check(p.Source, p.Text)).OfType<string>())
            .ToList();
        if (errors.Count == 0)
        {
            await translations.SetAsync(chosen, posted.DistinctBy(p => p.Source).ToDictionary(p => p.Source, p => (string?)p.Text), cancellationToken);
            return View("Index", await PageAsync(chosen, missing, text["Translations saved."], [], null, cancellationToken));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await PageAsync(chosen, missing, null, errors, posted.ToDictionary(p => p.Source, p => (string?)p.Text), cancellationToken));
    }

    private async Task<TranslationsPage> PageAsync(string culture, bool missingOnly, string? notice, IReadOnlyList<string> errors,
        IReadOnlyDictionary<string, string?>? typed, CancellationToken cancellationToken)
    {
        var saved = await translations.GetAsync(culture, cancellationToken);
        var rows = DefinitionTexts.Of(await definitions.GetAsync(cancellationToken))
            .Select(t => new TranslationRow(t.Source, t.UsedBy, typed?.GetValueOrDefault(t.Source) ?? saved.GetValueOrDefault(t.Source)))
            .ToList();
        var missing = rows.Count(r => string.IsNullOrWhiteSpace(r.Text));
        return new TranslationsPage(culture, SiteSettingDefinitions.SupportedCultures, missingOnly,
            missingOnly ? rows.Where(r => string.IsNullOrWhiteSpace(r.Text)).ToList() : rows, missing, notice, errors);
    }

    private static string? CultureOf(string? culture) =>
        string.IsNullOrEmpty(culture) ? DefaultCulture
        : SiteSettingDefinitions.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}
