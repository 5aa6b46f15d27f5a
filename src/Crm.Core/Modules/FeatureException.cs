namespace Crm.Core.Modules;

/// <summary>A feature change that is not allowed; the message says why and is safe to show.</summary>
public sealed class FeatureException(string message) : Exception(message);
