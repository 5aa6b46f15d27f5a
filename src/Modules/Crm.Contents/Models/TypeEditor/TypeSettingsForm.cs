using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.TypeEditor;

/// <summary>The type's settings form; list columns come in the order the form lists them.</summary>
public sealed class TypeSettingsForm
{
    public string? DisplayName { get; set; }
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Securable { get; set; }
    public string? DisplayText { get; set; }
    public List<string> ListColumns { get; set; } = [];
    public string? KanbanField { get; set; }

    /// <summary>The type with these settings; indexes and duplicate rules are not on this form and stay as they are.</summary>
    public ContentTypeDefinition Apply(ContentTypeDefinition type) => type with
    {
        DisplayName = DisplayName?.Trim() ?? "",
        Settings = type.Settings with
        {
            Creatable = Creatable,
            Listable = Listable,
            Securable = Securable,
            DisplayText = string.IsNullOrWhiteSpace(DisplayText) ? null : DisplayText.Trim(),
            ListColumns = ListColumns.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            KanbanField = string.IsNullOrWhiteSpace(KanbanField) ? null : KanbanField,
        },
    };
}
