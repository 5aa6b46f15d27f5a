using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Definitions;

/// <summary>Checks a whole set of definitions: names, references between types/parts/fields, and each field's settings.</summary>
public sealed class ContentDefinitionValidator(FieldKinds kinds)
{
    public IReadOnlyList<ContentDefinitionError> Validate(ContentDefinitions definitions)
    {
        var errors = new List<ContentDefinitionError>();
        void Error(string path, string message) => errors.Add(new ContentDefinitionError(path, message));

        foreach (var part in definitions.Parts)
        {
            if (ContentNames.Error(part.Name, "Part") is { } partName) Error(part.Name, partName);
            foreach (var duplicate in part.Fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                Error($"{part.Name}.{duplicate.Key}", "the field is defined twice");
            }
            foreach (var field in part.Fields) ValidateField(definitions, part, field, Error);
        }

        foreach (var type in definitions.Types)
        {
            if (ContentNames.Error(type.Name, "Type") is { } typeName) Error(type.Name, typeName);
            if (string.IsNullOrWhiteSpace(type.DisplayName)) Error($"{type.Name}.DisplayName", "is required");
            foreach (var typePart in type.Parts)
            {
                if (definitions.FindPart(typePart.PartName) is null) Error($"{type.Name}.Parts.{typePart.Name}", $"part '{typePart.PartName}' is not defined");
                if (ContentNames.Error(typePart.Name, "Part") is { } partName) Error($"{type.Name}.Parts.{typePart.Name}", partName);
            }
            foreach (var duplicate in type.Parts.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                Error($"{type.Name}.Parts.{duplicate.Key}", "the part is used twice under the same name");
            }
            ValidateTypeSettings(definitions, type, Error);
        }
        return errors;
    }

    private void ValidateField(ContentDefinitions definitions, ContentPartDefinition part, ContentFieldDefinition field, Action<string, string> error)
    {
        var path = $"{part.Name}.{field.Name}";
        if (ContentNames.Error(field.Name, "Field") is { } name) error(path, name);
        if (kinds.Find(field.Kind) is not { } kind)
        {
            error(path, $"unknown field kind '{field.Kind}'; known kinds: {string.Join(", ", kinds.Names)}");
            return;
        }
        foreach (var problem in kind.ValidateSettings(field.Settings)) error(path, problem);
        foreach (var related in field.Settings.RelatedTypes.Where(t => definitions.FindType(t) is null))
        {
            error($"{path}.RelatedTypes", $"type '{related}' is not defined");
        }
        if (field.Settings.Indexed && kind.StorageFor(field.Settings) == FieldStorage.Json)
        {
            error($"{path}.Indexed", "a field holding a list cannot be indexed");
        }
        if (field.Settings.Unique && kind.StorageFor(field.Settings) == FieldStorage.Json)
        {
            error($"{path}.Unique", "a field holding a list cannot be unique");
        }
        if (field.Settings.Default is { } value)
        {
            var result = kind.Normalize(value, field.Settings);
            if (!result.IsValid) error($"{path}.Default", result.Problem!.Message);
        }
    }

    private void ValidateTypeSettings(ContentDefinitions definitions, ContentTypeDefinition type, Action<string, string> error)
    {
        var settings = type.Settings;
        foreach (var column in settings.ListColumns.Where(c => definitions.FindField(type, c) is null && !ContentMetadata.IsColumn(c)))
        {
            error($"{type.Name}.Settings.ListColumns", $"'{column}' is not a field of {type.Name}");
        }
        if (settings.KanbanField is { } kanban)
        {
            var field = definitions.FindField(type, kanban);
            if (field is null) error($"{type.Name}.Settings.KanbanField", $"'{kanban}' is not a field of {type.Name}");
            else if (kinds.Find(field.Field.Kind) is not ChoiceFieldKind || field.Field.Settings.Multiple)
            {
                error($"{type.Name}.Settings.KanbanField", $"'{kanban}' must be a single choice field");
            }
        }
        foreach (var index in settings.CompositeIndexes)
        {
            var path = $"{type.Name}.Settings.CompositeIndexes.{index.Name}";
            if (ContentNames.Error(index.Name, "Index") is { } name) error(path, name);
            if (index.Fields.Count is < 2 or > 6) error(path, "a composite index has 2 to 6 fields");
            foreach (var entry in index.Fields)
            {
                var fieldName = IndexColumn.Parse(entry).Field;
                if (ContentMetadata.IsSortableColumn(fieldName)) continue;
                var field = definitions.FindField(type, fieldName);
                if (field is null) error(path, $"'{fieldName}' is not a field of {type.Name}");
                else if (kinds.Find(field.Field.Kind)?.StorageFor(field.Field.Settings) == FieldStorage.Json) error(path, $"'{fieldName}' holds a list and cannot be in an index");
            }
        }
        foreach (var duplicate in settings.CompositeIndexes.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            error($"{type.Name}.Settings.CompositeIndexes.{duplicate.Key}", "the index is defined twice");
        }
        foreach (var key in settings.UniqueKeys)
        {
            var path = $"{type.Name}.Settings.UniqueKeys.{key.Name}";
            if (ContentNames.Error(key.Name, "Unique key") is { } name) error(path, name);
            if (key.Fields.Count is < 1 or > 6) error(path, "a unique key has 1 to 6 fields");
            foreach (var fieldName in key.Fields)
            {
                var field = definitions.FindField(type, fieldName);
                if (field is null) error(path, $"'{fieldName}' is not a field of {type.Name}");
                else if (kinds.Find(field.Field.Kind)?.StorageFor(field.Field.Settings) == FieldStorage.Json) error(path, $"'{fieldName}' holds a list and cannot be in a unique key");
            }
            if (key.Fields.Select(f => definitions.FindField(type, f)).OfType<ContentFieldReference>().Distinct().Count() < key.Fields.Count(f => definitions.FindField(type, f) is not null))
            {
                error(path, "names a field twice");
            }
        }
        foreach (var duplicate in settings.UniqueKeys.GroupBy(k => k.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            error($"{type.Name}.Settings.UniqueKeys.{duplicate.Key}", "the unique key is defined twice");
        }
        foreach (var rule in settings.DuplicateRules) ValidateDuplicateRule(definitions, type, rule, error);
        foreach (var duplicate in settings.DuplicateRules.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            error($"{type.Name}.Settings.DuplicateRules.{duplicate.Key}", "the rule is defined twice");
        }
    }

    private void ValidateDuplicateRule(ContentDefinitions definitions, ContentTypeDefinition type, DuplicateRuleDefinition rule, Action<string, string> error)
    {
        var path = $"{type.Name}.Settings.DuplicateRules.{rule.Name}";
        if (ContentNames.Error(rule.Name, "Rule") is { } name) error(path, name);
        if (rule.Fields.Count == 0) error(path, "a duplicate rule needs at least one field");
        if (rule.Kind == DuplicateRuleKind.NameSimilarity && rule.Fields.Count > 1) error(path, "a name similarity rule compares one field");
        if (rule.Threshold is { } threshold && (rule.Kind != DuplicateRuleKind.NameSimilarity || threshold is <= 0 or > 1 || double.IsNaN(threshold)))
        {
            error($"{path}.Threshold", rule.Kind == DuplicateRuleKind.NameSimilarity ? "must be above 0 and at most 1" : "only a name similarity rule has a threshold");
        }
        foreach (var fieldName in rule.Fields)
        {
            var field = definitions.FindField(type, fieldName);
            if (field is null)
            {
                error(path, $"'{fieldName}' is not a field of {type.Name}");
                continue;
            }
            var kind = kinds.Find(field.Field.Kind);
            var fits = rule.Kind switch
            {
                DuplicateRuleKind.Email => kind is EmailFieldKind or TextFieldKind,
                DuplicateRuleKind.Phone => kind is PhoneFieldKind or TextFieldKind,
                DuplicateRuleKind.NameSimilarity => kind is TextFieldKind,
                _ => kind?.StorageFor(field.Field.Settings) is FieldStorage.Text or FieldStorage.Number,
            };
            if (!fits)
            {
                error(path, rule.Kind switch
                {
                    DuplicateRuleKind.Email => $"'{fieldName}' must be an Email or Text field",
                    DuplicateRuleKind.Phone => $"'{fieldName}' must be a Phone or Text field",
                    DuplicateRuleKind.NameSimilarity => $"'{fieldName}' must be a Text field",
                    _ => $"'{fieldName}' must hold a single text or number value",
                });
            }
        }
    }
}
