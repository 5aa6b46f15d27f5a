namespace Crm.Contents.Models.Items;

/// <summary>A row of the recycle bin.</summary>
public sealed record DeletedItem(string Id, string DisplayText, string? Owner, string Deleted, int Version, bool CanRestore);
