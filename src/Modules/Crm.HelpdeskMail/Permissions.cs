using Crm.Core.Security;

namespace Crm.HelpdeskMail;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Post raw mail to the inbound endpoint (give it to the relay's API key).</summary>
    public const string ReceiveHelpdeskMail = "ReceiveHelpdeskMail";

    /// <summary>Set the IMAP mailbox the helpdesk polls.</summary>
    public const string ManageHelpdeskMail = "ManageHelpdeskMail";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ReceiveHelpdeskMail, "Deliver inbound mail to the helpdesk (for a mail relay's API key)", "Support"),
        new(ManageHelpdeskMail, "Set the mailbox the helpdesk reads tickets from", "Support"),
    ];
}
