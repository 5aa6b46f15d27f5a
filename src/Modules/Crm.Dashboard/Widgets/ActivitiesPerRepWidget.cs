using Microsoft.AspNetCore.Authorization;

namespace Crm.Dashboard.Widgets;

public sealed class ActivitiesPerRepWidget(IAuthorizationService authorization) : TeamWidget(authorization)
{
    public override string ViewComponent => "ActivitiesPerRep";
    public override int Position => 100;
}
