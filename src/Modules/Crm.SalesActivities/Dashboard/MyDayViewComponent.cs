using Crm.Core.Content.Security;
using Crm.Core.Settings;
using Crm.SalesActivities.Models;
using Crm.SalesActivities.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.SalesActivities.Dashboard;

public sealed class MyDayViewComponent(ToDoQueries todos, TenantTimeZone timeZone, IStringLocalizer<ActivitiesText> text) : ViewComponent
{
    public const int Rows = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = ContentAuthorizer.UserId(UserClaimsPrincipal) ?? "";
        var sections = await todos.TodayAsync(me, title => text[title], Rows, HttpContext.RequestAborted);
        return View(new ToDosPage(text["My day"], sections, false, await timeZone.GetAsync(HttpContext.RequestAborted), null));
    }
}
