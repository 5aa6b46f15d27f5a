using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;

namespace Crm.SalesActivities.Dashboard;

/// <summary>The dashboard's first card: the user's overdue activities and today's to-dos.</summary>
public sealed class MyDayWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer)
    : ContentTypeWidget(definitions, authorizer, ActivityModel.Activity)
{
    public override string ViewComponent => "MyDay";
    public override int Position => 10;
}
