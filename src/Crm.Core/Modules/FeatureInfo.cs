namespace Crm.Core.Modules;

public sealed record FeatureInfo(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    bool DefaultTenantOnly,
    ModuleInfo Module);
