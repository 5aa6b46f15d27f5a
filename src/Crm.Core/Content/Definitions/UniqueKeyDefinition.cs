namespace Crm.Core.Content.Definitions;

/// <summary>
/// Fields whose values together may belong to one live item of the type only, e.g. a campaign member's
/// <c>{ "Name": "CampaignCustomer", "Fields": ["Campaign", "Customer"] }</c>. A single unique field is simpler declared
/// with the field's own <see cref="FieldSettings.Unique"/>. Enforced by a unique index on the live items, so items in
/// the recycle bin do not hold their values and an item that has none of a key's values is never refused.
/// </summary>
/// <param name="Fields">Field names (1 to 6); text values compare without regard to case.</param>
public sealed record UniqueKeyDefinition(string Name, IReadOnlyList<string> Fields);
