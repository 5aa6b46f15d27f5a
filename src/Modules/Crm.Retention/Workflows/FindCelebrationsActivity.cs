using System.Text.Json.Nodes;
using Crm.Core.Settings;
using Crm.Retention.Programs;
using Crm.Workflows.Activities;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Retention.Workflows;

/// <summary>
/// Lists the customers celebrating today (tenant's calendar) by a date field — Birthday, Anniversary — for a ForEach to
/// greet: <c>outputs.celebrants.Ids</c>. A sweep's filter cannot say "same day and month as today", hence this activity.
/// </summary>
public sealed class FindCelebrationsActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("FindCelebrations", "Retention", "Find celebrations",
        "Finds the customers whose birthday or anniversary is today (29 February counts on 28 February in other years); their ids are in outputs.{id}.Ids.",
    [
        new("field", PropertyKind.Text, "The Customer's date field, e.g. Birthday or Anniversary.", Required: true),
    ], [Outcomes.Done], Feature: RetentionModel.FeatureId);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var field = context.Text("field")?.Trim() ?? "";
        var today = await context.Services.GetRequiredService<TenantCalendar>().TodayAsync(context.CancellationToken);
        IReadOnlyList<string> ids;
        try
        {
            ids = await context.Services.GetRequiredService<Celebrations>().CustomerIdsAsync(field, today, context.CancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new WorkflowActivityException(e.Message);
        }
        context.SetOutput(new JsonObject { ["Ids"] = new JsonArray(ids.Select(id => (JsonNode)id).ToArray()), ["Count"] = ids.Count, ["Day"] = today.ToString("yyyy-MM-dd") });
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{ids.Count} customer(s) with {field} on {today:MM-dd}" };
    }
}
