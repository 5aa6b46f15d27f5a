using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>
/// The SLA report: tickets per month received (in the tenant's time zone) and priority, with how many missed the first-response target, the
/// resolution target, either of them. A ticket has missed a target when its breach flag is on, or when it is still
/// waiting past the due time (the flag comes with the response, or with the escalation workflow). One GROUP BY per
/// figure over the indexed fields.
/// </summary>
public sealed class SlaReport(ContentAggregates aggregates, ContentDefinitionManager definitions)
{
    public const int DefaultMonths = 6;
    public const int MaxMonths = 24;

    private const string ResponseMissed = "or(FirstResponseBreached:eq:true,and(FirstRespondedAt:isNull,FirstResponseDueAt:lt:now))";
    private const string ResolutionMissed = "or(ResolutionBreached:eq:true,and(Status:in:New|Assigned|InProgress,ResolutionDueAt:lt:now))";

    public async Task<IReadOnlyList<SlaReportRow>> BuildAsync(int months, CancellationToken cancellationToken)
    {
        var since = $"{HelpdeskModel.NewAt}:gte:today-{Math.Clamp(months, 1, MaxMonths)}mo";
        var all = await CountAsync(since, cancellationToken);
        var response = await CountAsync($"{since},{ResponseMissed}", cancellationToken);
        var resolution = await CountAsync($"{since},{ResolutionMissed}", cancellationToken);
        var any = await CountAsync($"{since},or({ResponseMissed},{ResolutionMissed})", cancellationToken);
        var defs = await definitions.GetAsync(cancellationToken);
        var priorities = defs.FindType(HelpdeskModel.Ticket) is { } type ? ChoiceOptions.Of(defs, type, HelpdeskModel.Priority) : new ChoiceOptions([]);
        return all.OrderByDescending(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.Priority, StringComparer.Ordinal)
            .Select(g => new SlaReportRow(g.Key.Month, g.Key.Priority, priorities.Label(g.Key.Priority), g.Value,
                response.GetValueOrDefault(g.Key), resolution.GetValueOrDefault(g.Key), any.GetValueOrDefault(g.Key)))
            .ToList();
    }

    private async Task<Dictionary<(string Month, string Priority), long>> CountAsync(string filter, CancellationToken cancellationToken) =>
        (await aggregates.GroupByAsync(HelpdeskModel.Ticket, FilterText.Parse(filter), [$"{HelpdeskModel.NewAt}:month", HelpdeskModel.Priority], cancellationToken: cancellationToken))
            .ToDictionary(g => (g.Keys[0] ?? "", g.Keys[1] ?? ""), g => g.Count);
}
