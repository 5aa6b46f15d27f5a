using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns;

public sealed class AdminMenu(IStringLocalizer<CampaignsText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Marketing"], text["Campaigns"], "/admin/campaigns", Permissions.ViewCampaigns, 50),
        new(text["Marketing"], text["Campaign ROI"], "/admin/campaigns/roi", Permissions.ViewCampaigns, 51),
    ];
}
