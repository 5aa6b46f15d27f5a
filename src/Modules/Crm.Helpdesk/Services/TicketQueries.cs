using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>
/// The ticket lists of the helpdesk screens and the dashboard, through the content engine's indexed queries (Status,
/// Assignee, NewAt): the unassigned queue, oldest first, and a user's open tickets, the most urgent due first; then
/// customers', assignees' and labels' names for all rows in one statement each.
/// </summary>
public sealed class TicketQueries(ContentQuery query, ContentManager content, IUserDirectory users)
{
    public const int PageSize = 100;

    public Task<(IReadOnlyList<TicketRow> Rows, bool HasMore)> QueueAsync(int size, CancellationToken cancellationToken) =>
        ListAsync($"{HelpdeskModel.Status}:eq:{TicketStatus.New},{HelpdeskModel.Assignee}:isNull", [TicketStatus.StampField(TicketStatus.New), "Id"], size, cancellationToken);

    public Task<(IReadOnlyList<TicketRow> Rows, bool HasMore)> MineAsync(string userId, int size, CancellationToken cancellationToken) =>
        ListAsync($"{HelpdeskModel.Assignee}:eq:{FilterText.Escape(userId)},{HelpdeskModel.Status}:in:{TicketStatus.Assigned}|{TicketStatus.InProgress}",
            [HelpdeskModel.FirstResponseDueAt, TicketStatus.StampField(TicketStatus.New), "Id"], size, cancellationToken);

    private async Task<(IReadOnlyList<TicketRow> Rows, bool HasMore)> ListAsync(string filter, IReadOnlyList<string> order, int size, CancellationToken cancellationToken)
    {
        var page = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = HelpdeskModel.Ticket, Filter = FilterText.Parse(filter), OrderBy = order, First = size, Count = CountMode.None,
        }, cancellationToken);
        return (await RowsAsync(page.Items, cancellationToken), page.HasMore);
    }

    public async Task<IReadOnlyList<TicketRow>> RowsAsync(IReadOnlyList<ContentItem> tickets, CancellationToken cancellationToken)
    {
        var labelIds = tickets.SelectMany(Labels).Distinct().ToList();
        var related = (await content.GetManyAsync(tickets.Select(t => t.Text(HelpdeskModel.Customer)).OfType<string>().Concat(labelIds), cancellationToken))
            .ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var assignees = await users.NamesAsync(tickets.Select(t => t.Text(HelpdeskModel.Assignee)).OfType<string>().Distinct(), cancellationToken);
        return tickets.Select(t =>
        {
            var customer = t.Text(HelpdeskModel.Customer);
            var assignee = t.Text(HelpdeskModel.Assignee);
            var labels = Labels(t).Select(id => related.GetValueOrDefault(id)).OfType<ContentItem>()
                .Select(l => new TicketLabelChip(l.DisplayText, l.Text("Color"))).ToList();
            return new TicketRow(t.Id, t.Version, t.Text(HelpdeskModel.Number) ?? "", t.Text(HelpdeskModel.Subject) ?? t.DisplayText,
                t.Text(HelpdeskModel.Status) ?? TicketStatus.New, t.Text(HelpdeskModel.Priority), t.Text(HelpdeskModel.Channel),
                customer, customer is null ? null : related.GetValueOrDefault(customer)?.DisplayText, assignee is null ? null : assignees.GetValueOrDefault(assignee),
                TicketTimes.Parse(t.Text(TicketStatus.StampField(TicketStatus.New))), TicketTimes.Parse(t.Text(HelpdeskModel.FirstResponseDueAt)),
                t.Text(HelpdeskModel.FirstResponseBreached) == "true" || t.Text(HelpdeskModel.ResolutionBreached) == "true", labels);
        }).ToList();
    }

    private static IEnumerable<string> Labels(ContentItem ticket) =>
        ticket.Data.Select(p => p.Value?[HelpdeskModel.Labels]).OfType<JsonArray>().FirstOrDefault()?.Select(n => n?.GetValue<string>()).OfType<string>() ?? [];
}
