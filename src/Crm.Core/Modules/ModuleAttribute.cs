namespace Crm.Core.Modules;

/// <summary>Declares an assembly as a CrmPlatform module (put it in the module's Manifest.cs).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ModuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; init; } = id;
    public string Description { get; init; } = "";
    public string Category { get; init; } = "General";
}
