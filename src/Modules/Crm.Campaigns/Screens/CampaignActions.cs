using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns.Screens;

/// <summary>
/// On a campaign's page: its results (members, responses, costs, ROI) and "Add the audience as members"; on a member's
/// page: "Record a response" — each for those allowed to.
/// </summary>
public sealed class CampaignActions(FeatureManager features, ContentDefinitionManager definitions, ContentAuthorizer authorizer, IAuthorizationService authorization,
    IStringLocalizer<CampaignsText> text) : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType is not (CampaignModel.Campaign or CampaignModel.CampaignMember) || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return [];
        var actions = new List<ItemAction>();
        if (item.ContentType == CampaignModel.Campaign)
        {
            if (await HasAsync(user, Permissions.ViewCampaigns)) actions.Add(new ItemAction(text["Results and ROI"], "/admin/campaigns/open"));
            if (item.Text(CampaignModel.Audience) is not null && await HasAsync(user, Permissions.ManageCampaigns))
            {
                actions.Add(new ItemAction(text["Add the audience as members"], "/admin/campaigns/add-audience"));
            }
        }
        else if ((await definitions.GetAsync(cancellationToken)).FindType(CampaignModel.CampaignMember) is { } members
                 && await authorizer.CanAsync(user, ContentAction.Edit, members, item.Owner, cancellationToken))
        {
            actions.Add(new ItemAction(text["Record a response"], "/admin/campaigns/members/respond"));
        }
        return actions;
    }

    private async Task<bool> HasAsync(ClaimsPrincipal user, string permission) =>
        (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;
}
