namespace Crm.Contents.Models.TypeEditor;

/// <summary>The definitions' texts beside their translations in one language; only untranslated ones when <see cref="MissingOnly"/>.</summary>
public sealed record TranslationsPage(string Culture, IReadOnlyList<string> Cultures, bool MissingOnly, IReadOnlyList<TranslationRow> Rows,
    int Missing, string? Notice, IReadOnlyList<string> Errors);
