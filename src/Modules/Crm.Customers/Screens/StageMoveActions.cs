using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers.Services;
using Microsoft.Extensions.Localization;

namespace Crm.Customers.Screens;

/// <summary>"Move to Prospect" (and the other stages) on a customer's detail page; the form that follows asks why.</summary>
public sealed class StageMoveActions(FeatureManager features, IStringLocalizer<CustomersText> text) : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != CustomerModel.Customer || !await features.IsEnabledAsync(CustomersFeature.Id, cancellationToken)) return [];
        var current = StageMoves.StageOf(item);
        return CustomerModel.Stages.Where(s => s != current)
            .Select(s => new ItemAction(text["Move to {0}", text[s]], $"/admin/customers/stage/{s}"))
            .ToList();
    }
}
