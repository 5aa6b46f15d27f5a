using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Core.Tenants;

namespace Crm.Core.Content.Translations;

/// <summary>
/// A tenant's translations of its content definitions' texts, per culture, keyed by the English text (as the modules'
/// resource files are): "Customer" → "고객". Admins edit them on the translations screen; recipes bring them.
/// </summary>
public sealed class ContentTranslations(TenantDb db, TenantCache cache)
{
    public const int MaxLength = 400;

    public static bool IsSupported(string culture) => SiteSettingDefinitions.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The culture's translations (empty when it has none).</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string culture, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey(culture), ct => LoadAsync(culture, ct), cancellationToken);

    /// <summary>Stores texts for a culture: a blank text removes that translation. All or nothing.</summary>
    public async Task SetAsync(string culture, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken = default)
    {
        var name = CultureName(culture);
        var problem = texts.Select(t => Check(t.Key, t.Value)).FirstOrDefault(p => p is not null);
        if (problem is not null) throw new ArgumentException(problem);

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        foreach (var (source, text) in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                await db.ExecuteAsync("DELETE FROM content_translations WHERE culture = @name AND source = @source", new { name, source }, cancellationToken);
            }
            else
            {
                await db.ExecuteAsync(
                    "INSERT INTO content_translations (culture, source, text) VALUES (@name, @source, @text) " +
                    "ON CONFLICT (culture, source) DO UPDATE SET text = excluded.text",
                    new { name, source, text = text.Trim() }, cancellationToken);
            }
        }
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What is wrong with one source text and its translation, or null.</summary>
    public static string? Check(string source, string? text)
    {
        if (string.IsNullOrWhiteSpace(source)) return "a source text must not be empty";
        if (source.Length > MaxLength) return $"'{source[..40]}…' is longer than {MaxLength} characters";
        if (text is { Length: > MaxLength }) return $"the translation of '{source}' is longer than {MaxLength} characters";
        return null;
    }

    private static string CultureName(string culture) =>
        SiteSettingDefinitions.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unsupported culture '{culture}'; supported: {string.Join(", ", SiteSettingDefinitions.SupportedCultures)}");

    private static string CacheKey(string culture) => "content-translations:" + culture.ToLowerInvariant();

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        if (!IsSupported(culture)) return new Dictionary<string, string>();
        var rows = await db.QueryAsync<(string Source, string Text)>(
            "SELECT source, text FROM content_translations WHERE culture = @name", new { name = CultureName(culture) }, cancellationToken);
        return rows.ToDictionary(r => r.Source, r => r.Text, StringComparer.Ordinal);
    }
}
