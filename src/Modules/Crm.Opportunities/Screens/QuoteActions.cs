using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities.Screens;

/// <summary>"Create quote" on an opportunity's page (a draft with a copy of its lines) and "Print" on a quote's page.</summary>
public sealed class QuoteActions(FeatureManager features, ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<OpportunitiesText> text)
    : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType is not (OpportunityModel.Opportunity or OpportunityModel.Quote)) return [];
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return [];
        if ((await definitions.GetAsync(cancellationToken)).FindType(OpportunityModel.Quote) is not { } quote) return [];
        if (item.ContentType == OpportunityModel.Quote) return [new ItemAction(text["Print"], "/admin/quotes/print")];
        return await authorizer.CanAsync(user, ContentAction.Create, quote, null, cancellationToken)
            ? [new ItemAction(text["Create quote"], "/admin/quotes/from-opportunity")]
            : [];
    }
}
