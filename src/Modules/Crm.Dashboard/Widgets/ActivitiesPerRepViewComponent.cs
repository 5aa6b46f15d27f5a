using Crm.Dashboard.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Dashboard.Widgets;

public sealed class ActivitiesPerRepViewComponent(TeamFigures figures) : ViewComponent
{
    public const int Days = 30;

    public async Task<IViewComponentResult> InvokeAsync() => View(await figures.ActivitiesPerRepAsync(Days, HttpContext.RequestAborted));
}
