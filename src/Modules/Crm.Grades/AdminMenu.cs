using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Grades;

public sealed class AdminMenu(IStringLocalizer<GradesText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Retention"], text["Customer grades"], "/admin/grades", Permissions.ViewGrades, 10),
        new(text["Retention"], text["Grade rules"], "/admin/grades/rules", Permissions.ManageGrades, 11),
    ];
}
