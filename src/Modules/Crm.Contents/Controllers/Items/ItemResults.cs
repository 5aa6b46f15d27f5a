using Crm.Contents.Models.Items;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers.Items;

/// <summary>
/// Refusals as pages with a real status code. A 403 is answered here rather than through Forbid(), which the
/// cookie scheme would turn into a redirect: a crafted request must see the refusal itself.
/// </summary>
internal static class ItemResults
{
    public static ViewResult Forbidden(this Controller controller, IStringLocalizer<ContentScreensText> text, string? backUrl = null) =>
        controller.Message(StatusCodes.Status403Forbidden, new ItemMessagePage(text["Not allowed"].Value, text["You do not have the right to do this with this item."].Value, backUrl, backUrl is null ? null : text["Back"].Value));

    public static ViewResult Message(this Controller controller, int status, ItemMessagePage page) => new()
    {
        ViewName = "~/Views/Items/Message.cshtml",
        ViewData = new ViewDataDictionary<ItemMessagePage>(controller.ViewData, page),
        StatusCode = status,
    };
}
