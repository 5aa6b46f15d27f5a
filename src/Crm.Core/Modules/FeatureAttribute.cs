namespace Crm.Core.Modules;

/// <summary>Declares a feature of the module in whose Manifest.cs it stands.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; init; } = id;
    public string Description { get; init; } = "";
    public string Category { get; init; } = "General";
    public string[] Dependencies { get; init; } = [];

    /// <summary>The feature cannot be disabled (the platform needs it to administer itself).</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>The feature may only be enabled on the default tenant (e.g. tenant management).</summary>
    public bool DefaultTenantOnly { get; init; }
}
