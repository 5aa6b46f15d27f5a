using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.TypeEditor;

/// <param name="IsNew">Adding a field (the name can be chosen) rather than editing one (the name is fixed, as items store values under it).</param>
public sealed record FieldPage(
    ContentTypeDefinition Type,
    FieldForm Form,
    bool IsNew,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<ContentTypeDefinition> AllTypes,
    FormErrors Errors)
{
    public string Action => IsNew ? $"/admin/content-types/{Type.Name}/fields/new" : $"/admin/content-types/{Type.Name}/fields/{Form.Name}";

    /// <summary>Inputs that show their own messages; the rest go to the alert.</summary>
    public static readonly IReadOnlyList<string> Inputs =
        ["Name", "DisplayName", "Hint", "Kind", "Required", "Indexed", "Unique", "Default", "Min", "Max", "MaxLength", "Pattern", "Options", "Multiple", "RelatedTypes", "Currency"];
}
