using Crm.Core.Content.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Customers.Dashboard;

public sealed class DueForContactViewComponent(DueForContactQuery query) : ViewComponent
{
    public const int Rows = 10;

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await query.ForAsync(ContentAuthorizer.UserId(UserClaimsPrincipal) ?? "", Rows, HttpContext.RequestAborted));
}
