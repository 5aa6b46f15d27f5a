using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>A field kind: what values it accepts, their canonical form, and how SQL compares them.</summary>
public interface IContentFieldKind
{
    /// <summary>"Text", "Number", ... (recipes may also say "TextField").</summary>
    string Name { get; }

    FieldStorage StorageFor(FieldSettings settings);

    /// <summary>For object values, the property that is compared and indexed (Money: "Amount").</summary>
    string? IndexProperty => null;

    /// <summary>Problems with the field's settings, checked when a definition is saved.</summary>
    IEnumerable<string> ValidateSettings(FieldSettings settings) => [];

    /// <summary>Checks a present, non-null value and returns it in canonical form. Required/empty is handled by the caller.</summary>
    FieldResult Normalize(JsonNode value, FieldSettings settings);
}
