namespace Crm.Contents.Models.Items;

/// <summary>An entry of a select: a choice option or a related item.</summary>
public sealed record ItemOption(string Value, string Label);
