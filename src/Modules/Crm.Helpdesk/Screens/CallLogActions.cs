using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Helpdesk.Services;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Screens;

/// <summary>
/// On a call's page: "Turn into ticket" (one click), "Assign to me", and — when the call has no customer yet and several
/// customers have its number — "Attach to …" for each of them (up to five).
/// </summary>
public sealed class CallLogActions(FeatureManager features, ContentDefinitionManager definitions, ContentAuthorizer authorizer, CallerLookup callers,
    IStringLocalizer<HelpdeskText> text) : IItemActionSource
{
    private const int MaxCallers = 5;

    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != HelpdeskModel.CallLog || !await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return [];
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(HelpdeskModel.CallLog) is not { } calls || !await authorizer.CanAsync(user, ContentAction.Edit, calls, item.Owner, cancellationToken)) return [];
        var actions = new List<ItemAction>();
        if (item.Text(HelpdeskModel.CallTicket) is null && defs.FindType(HelpdeskModel.Ticket) is { } tickets
            && await authorizer.CanAsync(user, ContentAction.Create, tickets, null, cancellationToken))
        {
            actions.Add(new ItemAction(text["Turn into ticket"], "/admin/helpdesk/calls/to-ticket"));
        }
        if (item.Text(HelpdeskModel.Assignee) != ContentAuthorizer.UserId(user)) actions.Add(new ItemAction(text["Assign to me"], "/admin/helpdesk/calls/assign-to-me"));
        if (item.Text(HelpdeskModel.Customer) is null)
        {
            foreach (var caller in (await callers.FindAsync(item.Text(HelpdeskModel.PhoneNumber), cancellationToken)).Take(MaxCallers))
            {
                actions.Add(new ItemAction(text["Attach to {0}", caller.DisplayText], $"/admin/helpdesk/calls/attach/{caller.Id}"));
            }
        }
        return actions;
    }
}
