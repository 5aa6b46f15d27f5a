namespace Crm.Core.Content.Definitions;

/// <summary>A field as used by a type: stored in the item's JSON at <c>data.{PartName}.{Field.Name}</c>.</summary>
public sealed record ContentFieldReference(string TypeName, string PartName, ContentFieldDefinition Field)
{
    public string QualifiedName => $"{PartName}.{Field.Name}";
}
