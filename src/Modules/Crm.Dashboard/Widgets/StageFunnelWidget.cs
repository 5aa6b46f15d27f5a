using Microsoft.AspNetCore.Authorization;

namespace Crm.Dashboard.Widgets;

public sealed class StageFunnelWidget(IAuthorizationService authorization) : TeamWidget(authorization)
{
    public override string ViewComponent => "StageFunnel";
    public override int Position => 110;
}
