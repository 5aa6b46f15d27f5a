using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.SalesActivities;

public sealed class AdminMenu(IStringLocalizer<ActivitiesText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Sales"], text["My to-dos"], "/admin/activities/todos", null, 10),
        new(text["Sales"], text["Overdue activities"], "/admin/activities/overdue", null, 11),
    ];
}
