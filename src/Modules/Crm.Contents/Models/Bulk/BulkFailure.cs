namespace Crm.Contents.Models.Bulk;

/// <param name="Status">The HTTP status the same change would get on its own: 403, 404, 409 or 400.</param>
public sealed record BulkFailure(string Id, string DisplayText, int Status, string Reason);
