using Crm.Core.Security;

namespace Crm.Campaigns;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See campaigns' results: the campaign screens and the ROI report (all campaigns' costs and attributed revenue).</summary>
    public const string ViewCampaigns = "ViewCampaigns";

    /// <summary>Run campaigns: add the audience as members, record responses, import keyword-ad costs.</summary>
    public const string ManageCampaigns = "ManageCampaigns";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewCampaigns, "See campaigns, their costs, attributed revenue and ROI", "Marketing"),
        new(ManageCampaigns, "Run campaigns: add audiences as members, record responses, import keyword-ad costs", "Marketing"),
    ];
}
