using System.Text.Json.Nodes;

namespace Crm.Core.Settings;

/// <summary>
/// A tenant setting that recipes and admin screens may set. <see cref="Validate"/> returns an error
/// message for a bad value, or null.
/// </summary>
public sealed record SettingDefinition(string Name, string Description, Func<JsonNode?, string?> Validate);
