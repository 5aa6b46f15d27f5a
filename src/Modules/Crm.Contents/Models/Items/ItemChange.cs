namespace Crm.Contents.Models.Items;

/// <summary>One field of a timeline change, formatted for the reader.</summary>
public sealed record ItemChange(string Label, string From, string To);
