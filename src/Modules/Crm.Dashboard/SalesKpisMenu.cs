using Crm.Core.Modules;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Dashboard;

[ForFeature(SalesKpisFeature.Id)]
public sealed class SalesKpisMenu(IStringLocalizer<DashboardText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Sales"], text["Sales KPIs"], "/admin/dashboard/kpis", Permissions.ViewTeamDashboard, 22)];
}
