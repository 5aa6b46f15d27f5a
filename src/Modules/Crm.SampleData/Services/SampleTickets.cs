using System.Text.Json.Nodes;
using Bogus;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Helpdesk;
using Crm.Helpdesk.Models;

namespace Crm.SampleData.Services;

/// <summary>
/// When the helpdesk is enabled: sample tickets on sample customers in every step — some waiting in the queue, some with
/// the sample agents, resolved and closed ones, a reopened one — with replies, and logged calls (some turned into tickets).
/// Each ticket walks its steps through the content engine, so numbers, step times and SLA due times are kept as for real ones.
/// </summary>
public sealed class SampleTickets(FeatureManager features, ContentManager content, IUserDirectory users, TimeProvider clock)
{
    private static readonly string[] Steps = [TicketStatus.New, TicketStatus.Assigned, TicketStatus.InProgress, TicketStatus.Resolved, TicketStatus.Closed];

    public async Task GenerateAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, int tickets, int calls, CancellationToken cancellationToken)
    {
        if (customers.Count == 0 || tickets + calls == 0 || !await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return;
        var agents = new List<string>();
        foreach (var member in SampleStaff.Members.Where(m => m.Role == "Agent"))
        {
            if (await users.IdOfAsync(member.UserName, cancellationToken) is { } id) agents.Add(id);
        }
        if (agents.Count == 0) return;
        for (var i = 0; i < tickets; i++)
        {
            var (customer, korean) = customers[faker.Random.Int(0, customers.Count - 1)];
            var (subject, body) = faker.PickRandom(korean ? SampleText.TicketTopics : SampleText.EnglishTicketTopics);
            var ticket = await content.CreateAsync(HelpdeskModel.Ticket, new JsonObject
            {
                [HelpdeskModel.Subject] = subject,
                [HelpdeskModel.Description] = body,
                [HelpdeskModel.Customer] = customer.Id,
                [HelpdeskModel.Channel] = faker.PickRandom("Phone", "Email", "Web", "Chat", "Portal"),
                [HelpdeskModel.Priority] = faker.Random.WeightedRandom(["Low", "Normal", "High", "Urgent"], [0.2f, 0.5f, 0.2f, 0.1f]),
            }, cancellationToken: cancellationToken);
            await WalkAsync(faker, ticket, faker.Random.WeightedRandom(Steps, [0.2f, 0.2f, 0.25f, 0.2f, 0.15f]), faker.PickRandom<string>(agents), korean, i == 0, cancellationToken);
        }
        for (var i = 0; i < calls; i++)
        {
            var (customer, korean) = customers[faker.Random.Int(0, customers.Count - 1)];
            await content.CreateAsync(HelpdeskModel.CallLog, new JsonObject
            {
                [HelpdeskModel.Direction] = faker.Random.Bool(0.7f) ? HelpdeskModel.Inbound : "Outbound",
                [HelpdeskModel.PhoneNumber] = customer.Text("Mobile") ?? faker.Random.ReplaceNumbers("010-####-####"),
                [HelpdeskModel.CalledAt] = DateTimeFieldKind.Canonical(clock.GetUtcNow().AddMinutes(-faker.Random.Int(5, 60 * 24 * 14))),
                [HelpdeskModel.DurationMinutes] = faker.Random.Int(1, 25),
                [HelpdeskModel.Result] = faker.PickRandom("Answered", "Resolved", "CallBack", "NoAnswer"),
                [HelpdeskModel.Assignee] = faker.PickRandom<string>(agents),
                [HelpdeskModel.Notes] = faker.PickRandom(korean ? SampleText.TicketTopics : SampleText.EnglishTicketTopics).Subject,
            }, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Moves a new ticket step by step to <paramref name="target"/>, as an agent would (with a reply on the way); the first one is also reopened.</summary>
    private async Task WalkAsync(Faker faker, ContentItem ticket, string target, string agent, bool korean, bool reopen, CancellationToken cancellationToken)
    {
        var path = Steps.Skip(1).TakeWhile(_ => target != TicketStatus.New).ToList();
        foreach (var step in path)
        {
            var values = step == TicketStatus.Assigned ? new JsonObject { [HelpdeskModel.Assignee] = agent } : new JsonObject { [HelpdeskModel.Status] = step };
            ticket = await content.UpdateAsync(ticket.Id, values, ticket.Version, cancellationToken);
            if (step == TicketStatus.InProgress)
            {
                await content.CreateAsync(HelpdeskModel.TicketComment, new JsonObject
                {
                    [HelpdeskModel.CommentTicket] = ticket.Id,
                    [HelpdeskModel.CommentKind] = HelpdeskModel.Reply,
                    [HelpdeskModel.CommentBody] = faker.PickRandom(korean ? SampleText.TicketReplies : SampleText.EnglishTicketReplies),
                }, owner: agent, cancellationToken: cancellationToken);
                ticket = (await content.GetAsync(ticket.Id, cancellationToken: cancellationToken))!;
            }
            if (step == target) break;
        }
        if (reopen && TicketStatus.IsReopen(target, TicketStatus.InProgress))
        {
            await content.UpdateAsync(ticket.Id, new JsonObject
            {
                [HelpdeskModel.Status] = TicketStatus.InProgress,
                [HelpdeskModel.ReopenReason] = korean ? "고객이 같은 문제가 다시 생겼다고 연락함" : "The customer says the problem is back",
            }, ticket.Version, cancellationToken);
        }
    }
}
