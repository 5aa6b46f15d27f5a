using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns;

public sealed class AdminMenu(IStringLocalizer<EmailCampaignsText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
        [new(text["Marketing"], text["Email campaigns"], "/contents/" + EmailCampaignModel.EmailCampaign, Permissions.ViewEmailCampaigns, 60)];
}
