namespace Crm.Core.Numbering;

/// <summary>
/// A new item of <paramref name="ContentType"/> gets the next number of <paramref name="Prefix"/> in its text field
/// <paramref name="Field"/> while <paramref name="FeatureId"/> is enabled. Register with <c>services.AddDocumentNumber(...)</c>.
/// </summary>
public sealed record DocumentNumberRule(string ContentType, string Field, string Prefix, string FeatureId);
