using Crm.Core.Content.Security;
using Crm.Opportunities.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Opportunities.Dashboard;

public sealed class MyPipelineViewComponent(PipelineSummary summary) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await summary.ForOwnerAsync(ContentAuthorizer.UserId(UserClaimsPrincipal) ?? "", HttpContext.RequestAborted));
}
