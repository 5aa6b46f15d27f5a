using Crm.Bench.Common;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Customers;
using Crm.SalesActivities;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Dashboard;

/// <summary>How much the measured dashboards have to look through, counted exactly (once, outside the timings) with the engine's own filters.</summary>
public sealed record TeamBook(long Customers, long ToContact, long Planned, long Overdue, long DueToday, long TeamDone30Days, double DatabaseGigabytes, DateTimeOffset AsOf)
{
    public static async Task<TeamBook> CountAsync(BenchHost host, string repId, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var query = scope.ServiceProvider.GetRequiredService<ContentQuery>();
        async Task<long> Count(string type, string filter) =>
            (await query.QueryAsync(new ContentQueryRequest { ContentType = type, Filter = FilterText.Parse(filter), First = 1, Count = CountMode.Exact }, cancellationToken)).Count!.Value;
        var mine = $"Owner:eq:{repId},{ActivityModel.Status}:eq:{ActivityModel.Planned}";
        var latest = await query.QueryAsync(new ContentQueryRequest { ContentType = ActivityModel.Activity, OrderBy = ["ModifiedUtc desc"], First = 1, Count = CountMode.None }, cancellationToken);
        var bytes = await scope.ServiceProvider.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT pg_database_size(current_database())", null, cancellationToken);
        return new TeamBook(
            await Count(CustomerModel.Customer, $"Owner:eq:{repId}"),
            await Count(CustomerModel.Customer, $"Owner:eq:{repId},{CustomerModel.ContactDueAt}:lt:now"),
            await Count(ActivityModel.Activity, mine),
            await Count(ActivityModel.Activity, $"{mine},{ActivityModel.DueAt}:lt:now"),
            await Count(ActivityModel.Activity, $"{mine},{ActivityModel.DueAt}:gte:now,{ActivityModel.DueAt}:lt:today+1d"),
            await Count(ActivityModel.Activity, $"{ActivityModel.Status}:eq:{ActivityModel.Done},{ActivityModel.DoneAt}:gte:now-30d"),
            bytes / 1e9,
            latest.Items.Single().ModifiedUtc);
    }

    public void Print(TextWriter output, string rep, DateTimeOffset now) =>
        output.WriteLine($"data: database {DatabaseGigabytes:F2} GB, latest change {AsOf:yyyy-MM-dd HH:mm} UTC ({(now - AsOf).TotalHours:F1} h ago); {rep} owns {Customers:N0} customers " +
                         $"({ToContact:N0} past their next-contact date) and {Planned:N0} planned activities ({Overdue:N0} overdue, {DueToday:N0} still due today); " +
                         $"the team completed {TeamDone30Days:N0} activities in the last 30 days");
}
