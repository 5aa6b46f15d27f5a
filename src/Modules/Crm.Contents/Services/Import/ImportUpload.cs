namespace Crm.Contents.Services.Import;

/// <summary>An uploaded CSV file waiting for its column mapping; only the user who uploaded it may use it.</summary>
public sealed record ImportUpload(string Token, string Tenant, string UserId, string ContentType, string FileName, string Text, DateTimeOffset Expires);
