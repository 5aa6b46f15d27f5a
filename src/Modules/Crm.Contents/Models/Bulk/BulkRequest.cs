namespace Crm.Contents.Models.Bulk;

/// <summary>
/// A bulk action as posted: "delete", "assign" (to the user named <see cref="Owner"/>) or "set" (<see cref="Field"/> to
/// <see cref="Option"/>). <see cref="OwnerId"/> is the named user's id, found when the request is checked.
/// </summary>
public sealed record BulkRequest(string? Action, IReadOnlyList<BulkSelection> Items, string? Owner, string? Field, string? Option)
{
    public string? OwnerId { get; init; }
}
