using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Customers.Dashboard;

public sealed class DueForContactViewComponent(ContentQuery query, TimeProvider clock) : ViewComponent
{
    public const int Rows = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = ContentAuthorizer.UserId(UserClaimsPrincipal) ?? "";
        var result = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CustomerModel.Customer,
            Filter = new FilterAnd(
            [
                new FilterComparison("Owner", FilterOperator.Eq, me, "$.owner", "$.owner"),
                new FilterComparison(CustomerModel.ContactDueAt, FilterOperator.Lt, "now", "$.due", "$.due"),
            ]),
            OrderBy = [CustomerModel.ContactDueAt, "Id"],
            First = Rows,
            Count = CountMode.Capped,
        }, HttpContext.RequestAborted);
        return View(new DueForContactCard(result.Items, result.Count, clock.GetUtcNow()));
    }
}
