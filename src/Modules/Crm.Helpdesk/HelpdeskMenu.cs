using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk;

/// <summary>The queue, my tickets, the board and "record a call", for those who may see tickets (and log calls).</summary>
public sealed class HelpdeskMenu(ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<HelpdeskText> text) : IDynamicAdminMenu
{
    public async Task<IEnumerable<AdminMenuItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var items = new List<AdminMenuItem>();
        if (defs.FindType(HelpdeskModel.Ticket) is { } tickets && await authorizer.ViewScopeAsync(user, tickets, cancellationToken) != ContentScope.None)
        {
            items.Add(new(text["Helpdesk"], text["Unassigned queue"], "/admin/helpdesk/queue", null, 30));
            items.Add(new(text["Helpdesk"], text["My tickets"], "/admin/helpdesk/mine", null, 31));
            items.Add(new(text["Helpdesk"], text["Ticket board"], $"/contents/{HelpdeskModel.Ticket}/kanban", null, 32));
        }
        if (defs.FindType(HelpdeskModel.CallLog) is { } calls && await authorizer.CanAsync(user, ContentAction.Create, calls, null, cancellationToken))
        {
            items.Add(new(text["Helpdesk"], text["Record a call"], $"/contents/{HelpdeskModel.CallLog}/new", null, 33));
        }
        return items;
    }
}
