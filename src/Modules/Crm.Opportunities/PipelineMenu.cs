using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities;

/// <summary>The pipeline board and the sales forecast, for those who may see opportunities (all of them, or their own).</summary>
public sealed class PipelineMenu(ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<OpportunitiesText> text) : IDynamicAdminMenu
{
    public async Task<IEnumerable<AdminMenuItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if ((await definitions.GetAsync(cancellationToken)).FindType(OpportunityModel.Opportunity) is not { } type
            || await authorizer.ViewScopeAsync(user, type, cancellationToken) == ContentScope.None) return [];
        return
        [
            new(text["Sales"], text["Pipeline"], $"/contents/{OpportunityModel.Opportunity}/kanban", null, 20),
            new(text["Sales"], text["Sales forecast"], "/admin/opportunities/forecast", null, 21),
        ];
    }
}
