using Crm.Core.Security;

namespace Crm.Email;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See and change the SMTP settings and send test emails.</summary>
    public const string ManageEmailSettings = "ManageEmailSettings";

    public IEnumerable<Permission> GetPermissions() => [new(ManageEmailSettings, "Manage email (SMTP) settings and send test emails", "Communication")];
}
