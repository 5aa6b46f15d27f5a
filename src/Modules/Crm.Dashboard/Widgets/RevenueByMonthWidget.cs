using Crm.Core.Modules;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Dashboard.Widgets;

[ForFeature(SalesKpisFeature.Id)]
public sealed class RevenueByMonthWidget(IAuthorizationService authorization) : TeamWidget(authorization)
{
    public override string ViewComponent => "RevenueByMonth";
    public override int Position => 120;
}
