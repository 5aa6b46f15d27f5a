using Crm.Core.Security;

namespace Crm.EmailCampaigns;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See campaigns' results and recipients.</summary>
    public const string ViewEmailCampaigns = "ViewEmailCampaigns";

    /// <summary>Send test mails of a campaign.</summary>
    public const string ManageEmailCampaigns = "ManageEmailCampaigns";

    /// <summary>Schedule and cancel campaigns (mail to the whole audience).</summary>
    public const string SendEmailCampaigns = "SendEmailCampaigns";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewEmailCampaigns, "See email campaigns' results and recipients", "Marketing"),
        new(ManageEmailCampaigns, "Send test mails of email campaigns", "Marketing"),
        new(SendEmailCampaigns, "Schedule and cancel email campaigns", "Marketing"),
    ];
}
