namespace Crm.Core.Modules;

/// <summary>Endpoint metadata: the feature that must be enabled for the tenant, or the endpoint answers 404.</summary>
public sealed record RequiredFeatureMetadata(string FeatureId);
