namespace Crm.Core.Modules;

/// <summary>
/// Ties a type (startup, controller, migration, recipe step, permission or menu provider) to a feature.
/// Without it, a type belongs to its module's main feature (the feature whose id is the module id).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ForFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
