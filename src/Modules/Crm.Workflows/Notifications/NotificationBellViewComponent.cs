using Crm.Core.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Crm.Workflows.Notifications;

/// <summary>The bell in the admin header: the unread count, and a dropdown that loads the list (htmx) when opened. Absent without the Workflows feature.</summary>
public sealed class NotificationBellViewComponent(FeatureManager features, NotificationStore store) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (NotificationReader.Of(UserClaimsPrincipal) is not { } reader || !await features.IsEnabledAsync("Crm.Workflows", cancellationToken))
        {
            return new ContentViewComponentResult("");
        }
        return View(await store.UnreadCountAsync(reader, cancellationToken));
    }
}
