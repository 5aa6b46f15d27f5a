namespace Crm.Dashboard.Services;

/// <param name="Name">The rep's user name ("" for activities without an owner).</param>
public sealed record RepActivity(string? UserId, string Name, long Done);
