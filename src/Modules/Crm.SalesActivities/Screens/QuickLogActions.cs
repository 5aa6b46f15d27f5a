using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;
using Microsoft.Extensions.Localization;

namespace Crm.SalesActivities.Screens;

/// <summary>"Log call" and "Log meeting" on a customer's page: the second click saves it (the form comes pre-filled).</summary>
public sealed class QuickLogActions(FeatureManager features, ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<ActivitiesText> text)
    : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != CustomerModel.Customer || !await features.IsEnabledAsync(ActivityModel.FeatureId, cancellationToken)) return [];
        if ((await definitions.GetAsync(cancellationToken)).FindType(ActivityModel.Activity) is not { } type
            || !await authorizer.CanAsync(user, ContentAction.Create, type, null, cancellationToken)) return [];
        return ActivityModel.QuickKinds.Select(kind => new ItemAction(text[$"Log {kind.ToLowerInvariant()}"], $"/admin/activities/log/{kind}")).ToList();
    }
}
