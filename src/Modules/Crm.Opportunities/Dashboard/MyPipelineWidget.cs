using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;

namespace Crm.Opportunities.Dashboard;

/// <summary>The dashboard's "My pipeline": the user's open opportunities per stage, for those who may see opportunities.</summary>
public sealed class MyPipelineWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer)
    : ContentTypeWidget(definitions, authorizer, OpportunityModel.Opportunity)
{
    public override string ViewComponent => "MyPipeline";
    public override int Position => 30;
}
