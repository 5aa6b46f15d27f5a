namespace Crm.Contents.Models.TypeEditor;

/// <summary>The list of types and the create-type form (with what was typed, when it was refused).</summary>
public sealed record TypesPage(IReadOnlyList<TypeRow> Types, string? NewName, string? NewDisplayName, string? Notice, FormErrors Errors);
