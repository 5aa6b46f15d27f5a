using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;

namespace Crm.Opportunities.Dashboard;

/// <summary>The dashboard's "My pipeline": the user's open opportunities per stage, for those who may see opportunities.</summary>
public sealed class MyPipelineWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer) : IDashboardWidget
{
    public string ViewComponent => "MyPipeline";
    public int Position => 30;

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(OpportunityModel.Opportunity) is { } type
        && await authorizer.ViewScopeAsync(user, type, cancellationToken) != ContentScope.None;
}
