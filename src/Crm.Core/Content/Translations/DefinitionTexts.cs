using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Translations;

/// <summary>One English text of the definitions that people read, with where it is used ("Customer.Stage option").</summary>
public sealed record DefinitionText(string Source, IReadOnlyList<string> UsedBy);

/// <summary>The readable texts of content definitions: listing them for translators and translating a copy for screens.</summary>
public static class DefinitionTexts
{
    /// <summary>Every distinct text people read (type, part and field names, hints, option labels), in definition order.</summary>
    public static IReadOnlyList<DefinitionText> Of(ContentDefinitions definitions)
    {
        var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string? text, string usedBy)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (!uses.TryGetValue(text, out var list)) uses[text] = list = [];
            if (!list.Contains(usedBy)) list.Add(usedBy);
        }
        foreach (var type in definitions.Types.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            Add(type.DisplayName, type.Name);
        }
        foreach (var part in definitions.Parts.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            Add(part.DisplayName, part.Name);
            Add(part.Description, part.Name);
            foreach (var field in part.Fields.OrderBy(f => f.Settings.Position))
            {
                var name = $"{part.Name}.{field.Name}";
                Add(field.DisplayName, name);
                Add(field.Settings.Hint, name);
                foreach (var option in field.Settings.Options) Add(option.Label, $"{name} = {option.Value}");
            }
        }
        return uses.Select(u => new DefinitionText(u.Key, u.Value)).ToList();
    }

    /// <summary>A copy whose readable texts are translated where a translation exists; names and stored values stay.</summary>
    public static ContentDefinitions Translate(ContentDefinitions definitions, IReadOnlyDictionary<string, string> translations)
    {
        if (translations.Count == 0) return definitions;
        string? T(string? text) => text is not null && translations.TryGetValue(text, out var translated) ? translated : text;
        var types = definitions.Types.Select(t => t with { DisplayName = T(t.DisplayName)! }).ToList();
        var parts = definitions.Parts.Select(p => p with
        {
            DisplayName = T(p.DisplayName),
            Description = T(p.Description),
            Fields = p.Fields.Select(f => f with
            {
                Settings = f.Settings with
                {
                    DisplayName = T(f.Settings.DisplayName ?? f.Name),
                    Hint = T(f.Settings.Hint),
                    Options = f.Settings.Options.Select(o => o with { Label = T(o.Label)! }).ToList(),
                },
            }).ToList(),
        }).ToList();
        return new ContentDefinitions(types, parts);
    }
}
