namespace Crm.Core.Navigation;

/// <param name="Text">Menu text (a resource key looked up in the module's localizer).</param>
/// <param name="Path">Tenant-relative path, e.g. "/admin/users".</param>
/// <param name="Permission">Shown only to users granted this permission (null: any signed-in user).</param>
public sealed record AdminMenuItem(string Group, string Text, string Path, string? Permission = null, int Position = 0);
