namespace Crm.Contents.Models.SavedViews;

/// <summary>A named list query of a content type. <paramref name="UserId"/> is the owner of a personal view; null means shared.</summary>
public sealed record SavedView(string Id, string ContentType, string Name, string? UserId, string Q, string Filter, string Sort, DateTime CreatedUtc)
{
    public bool Shared => UserId is null;
}
