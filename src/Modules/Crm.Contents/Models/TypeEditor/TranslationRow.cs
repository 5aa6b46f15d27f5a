namespace Crm.Contents.Models.TypeEditor;

/// <summary>One English text of the definitions, where it is used, and what it reads as in the chosen language (null: untranslated).</summary>
public sealed record TranslationRow(string Source, IReadOnlyList<string> UsedBy, string? Text);
