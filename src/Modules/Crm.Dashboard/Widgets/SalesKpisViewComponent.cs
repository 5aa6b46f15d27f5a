using Crm.Dashboard.Kpis;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Dashboard.Widgets;

public sealed class SalesKpisViewComponent(SalesKpis kpis, KpiCalendar calendar) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await kpis.ForAsync(await calendar.LastMonthsAsync(KpiPeriod.DefaultMonths, HttpContext.RequestAborted), HttpContext.RequestAborted));
}
