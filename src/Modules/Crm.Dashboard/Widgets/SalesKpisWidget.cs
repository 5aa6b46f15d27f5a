using Crm.Core.Modules;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Dashboard.Widgets;

[ForFeature(SalesKpisFeature.Id)]
public sealed class SalesKpisWidget(IAuthorizationService authorization) : TeamWidget(authorization)
{
    public override string ViewComponent => "SalesKpis";
    public override int Position => 130;
}
