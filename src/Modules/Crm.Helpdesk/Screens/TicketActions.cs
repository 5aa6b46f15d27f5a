using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Helpdesk.Services;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Screens;

/// <summary>The next steps on a ticket's page (Take, Start work, Resolve, Close, Reopen…), for those who may edit it.</summary>
public sealed class TicketActions(FeatureManager features, ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<HelpdeskText> text)
    : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != HelpdeskModel.Ticket || !await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return [];
        if ((await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.Ticket) is not { } type
            || !await authorizer.CanAsync(user, ContentAction.Edit, type, item.Owner, cancellationToken)) return [];
        return TicketMoves.Offered(item.Text(HelpdeskModel.Status))
            .Select(move => new ItemAction(text[Label(move)], $"/admin/helpdesk/tickets/{move.ToString().ToLowerInvariant()}"))
            .ToList();
    }

    public static string Label(TicketMove move) => move switch
    {
        TicketMove.Take => "Take",
        TicketMove.Start => "Start work",
        TicketMove.Resolve => "Resolve",
        TicketMove.Close => "Close",
        _ => "Reopen",
    };
}
