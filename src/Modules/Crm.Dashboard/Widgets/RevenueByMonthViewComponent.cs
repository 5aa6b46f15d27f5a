using Crm.Dashboard.Kpis;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Dashboard.Widgets;

public sealed class RevenueByMonthViewComponent(RevenueFigures revenue, KpiCalendar calendar) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var period = await calendar.LastMonthsAsync(KpiPeriod.DefaultMonths, HttpContext.RequestAborted);
        return View(RevenueTable.From(period, await revenue.ByMonthAsync(period, HttpContext.RequestAborted)));
    }
}
