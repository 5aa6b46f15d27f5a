using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.Screens;

/// <summary>The "Results and sending" button on a campaign's page, for those who may see campaigns' results.</summary>
public sealed class CampaignResultsAction(FeatureManager features, IAuthorizationService authorization, IStringLocalizer<EmailCampaignsText> text) : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != EmailCampaignModel.EmailCampaign || !await features.IsEnabledAsync(EmailCampaignModel.FeatureId, cancellationToken)) return [];
        if (!(await authorization.AuthorizeAsync(user, PermissionPolicyProvider.Prefix + Permissions.ViewEmailCampaigns)).Succeeded) return [];
        return [new ItemAction(text["Results and sending"], "/admin/email-campaigns/open")];
    }
}
