using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking.Visits;

/// <summary>"Web visits" on the detail page of a customer that came through a web-to-lead form, for users who may see web tracking.</summary>
public sealed class WebVisitsAction(FeatureManager features, CustomerVisits visits, IStringLocalizer<WebTrackingText> text) : IItemActionSource
{
    public const string PostUrl = "/admin/tracking/visits";

    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != CustomerModel.Customer || !await features.IsEnabledAsync(WebTrackingModel.FeatureId, cancellationToken)) return [];
        if (!await visits.MaySeeVisitsAsync(user, cancellationToken) || await visits.VisitorCountAsync(item.Id, cancellationToken) == 0) return [];
        return [new ItemAction(text["Web visits"], PostUrl)];
    }
}
