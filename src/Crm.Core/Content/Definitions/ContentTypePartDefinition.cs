namespace Crm.Core.Content.Definitions;

/// <param name="PartName">The part definition used.</param>
/// <param name="Name">The part's name within the type (usually the same as PartName).</param>
public sealed record ContentTypePartDefinition(string PartName, string Name, int Position = 0);
