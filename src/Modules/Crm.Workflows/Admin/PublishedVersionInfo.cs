namespace Crm.Workflows.Admin;

/// <summary>A published version as the designer's version list shows it: when and by whom (the user's name when known).</summary>
public sealed record PublishedVersionInfo(int Version, DateTimeOffset PublishedUtc, string? PublishedBy);
