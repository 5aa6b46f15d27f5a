using Crm.Dashboard.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Dashboard.Widgets;

public sealed class StageFunnelViewComponent(TeamFigures figures) : ViewComponent
{
    public const int Days = 90;

    public async Task<IViewComponentResult> InvokeAsync() => View(await figures.StageFunnelAsync(Days, HttpContext.RequestAborted));
}
