using Crm.Opportunities.Models;
using Crm.Opportunities.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities.Controllers;

/// <summary>/admin/opportunities/forecast: the weighted forecast by expected close month and owner, as a table and a bar chart.</summary>
[Authorize]
public sealed class ForecastController(SalesForecast forecast, IStringLocalizer<OpportunitiesText> text) : Controller
{
    [HttpGet("/admin/opportunities/forecast")]
    public async Task<IActionResult> Index(int? months, CancellationToken cancellationToken)
    {
        var mine = await forecast.ForUserAsync(User, months ?? SalesForecast.DefaultMonths, cancellationToken);
        if (mine is null) return Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not see opportunities."]);
        return View(new ForecastPage(mine.Months, ForecastTables.From(mine.Rows, mine.Months, text["(no owner)"]), mine.OwnOnly));
    }
}
