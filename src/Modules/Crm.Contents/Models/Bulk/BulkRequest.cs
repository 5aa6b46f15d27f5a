namespace Crm.Contents.Models.Bulk;

/// <summary>A bulk action as posted: "delete", "assign" (to <see cref="Owner"/>, a user id) or "set" (<see cref="Field"/> to <see cref="Option"/>).</summary>
public sealed record BulkRequest(string? Action, IReadOnlyList<BulkSelection> Items, string? Owner, string? Field, string? Option);
