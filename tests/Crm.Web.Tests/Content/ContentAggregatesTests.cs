using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Content;

/// <summary>Counts, sums, distinct counts and durations grouped by fields, an owner or a month, with the list's filter language.</summary>
public sealed class ContentAggregatesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Groups_count_and_sum_the_filtered_items(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.CreateAsync("Customer", """{ "Name": "A1", "Stage": "Prospect", "Grade": "A", "Employees": 10, "LastActivityAt": "2026-10-05T09:00:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "A2", "Stage": "Prospect", "Grade": "A", "Employees": 30, "LastActivityAt": "2026-11-20T09:00:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "B1", "Stage": "Customer", "Grade": "B", "Employees": 5, "LastActivityAt": "2026-11-01T00:00:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "T1", "Stage": "Target" }""");
        Task<IReadOnlyList<AggregateRow>> Group(string filter, string? by, string? sum = null) =>
            content.RunAsync(s => s.GetRequiredService<ContentAggregates>().GroupAsync("Customer", FilterText.Parse(filter), by, sum));

        Assert.Equal([new("Customer", 1, 5m), new("Prospect", 2, 40m), new("Target", 1, 0m)], await Group("", "Stage", "Employees"));
        Assert.Equal([new(null, 1, 0m), new("2026-10", 1, 0m), new("2026-11", 2, 0m)], await Group("", "LastActivityAt:month"));
        Assert.Equal([new("A", 2, 0m)], await Group("Stage:eq:Prospect", "Grade"));
        Assert.Equal([new(null, 3, 45m)], await Group("Employees:gte:1", null, "Employees"));
        Assert.Empty(await Group("Stage:eq:Customer,Grade:eq:A", "Grade"));
        Assert.Equal(
            [new(["Customer", "2026-11"], 1, 5m), new(["Prospect", "2026-10"], 1, 10m), new(["Prospect", "2026-11"], 1, 30m), new(["Target", null], 1, 0m)],
            await content.RunAsync(s => s.GetRequiredService<ContentAggregates>().GroupByAsync("Customer", null, ["Stage", "LastActivityAt:month"], "Employees")),
            new GroupComparer());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Groups_count_the_different_values_of_a_field(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var one = await content.CreateAsync("Customer", """{ "Name": "One" }""");
        var two = await content.CreateAsync("Customer", """{ "Name": "Two" }""");
        foreach (var (customer, due) in new[] { (one, "2026-11-01"), (one, "2026-11-02"), (two, "2026-11-03"), (two, "2026-12-01"), (two, "2026-12-02") })
        {
            await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}", "DueAt": "{{due}}T09:00:00Z" }""");
        }
        Task<IReadOnlyList<AggregateGroup>> Group(string filter, params string[] by) =>
            content.RunAsync(s => s.GetRequiredService<ContentAggregates>().GroupByAsync("Activity", FilterText.Parse(filter), by, null, "Customer"));

        Assert.Equal([new(["2026-11"], 3, 0m, 2), new(["2026-12"], 2, 0m, 1)], await Group("", "DueAt:month"), new GroupComparer());
        Assert.Equal([new([], 5, 0m, 2)], await Group(""), new GroupComparer());
        Assert.Equal([new([], 0, 0m, 0)], await Group("DueAt:lt:2026-01-01T00:00:00Z"), new GroupComparer()); // no group: one row of zeros
        Assert.Contains("'Shoe' is not a field", (await Assert.ThrowsAsync<FilterException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentAggregates>().GroupByAsync("Activity", null, [], null, "Shoe")))).Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Durations_between_two_date_times_give_their_count_mean_and_median_in_days(DatabaseProvider provider)
    {
        var created = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
        await using var content = await ContentTestHost.StartAsync(provider, new FakeTimeProvider(created));
        var customer = await content.CreateAsync("Customer", """{ "Name": "One" }""");
        foreach (var hours in new[] { 24, 60, 96, 240 }) // 1, 2.5, 4 and 10 days after creation
        {
            await content.CreateAsync("Activity", $$"""{ "Subject": "d{{hours}}", "Customer": "{{customer.Id}}", "DueAt": "{{created.AddHours(hours):yyyy-MM-ddTHH:mm:ssZ}}" }""");
        }
        await content.CreateAsync("Activity", $$"""{ "Subject": "undated", "Customer": "{{customer.Id}}" }"""); // left out: no end
        async Task<(long, decimal?, decimal?)> Duration(string filter)
        {
            var summary = await content.RunAsync(s => s.GetRequiredService<ContentAggregates>().DurationAsync("Activity", FilterText.Parse(filter), "CreatedUtc", "DueAt"));
            return (summary.Count, Round(summary.MeanDays), Round(summary.MedianDays));
        }

        Assert.Equal((4L, 4.375m, 3.25m), await Duration("")); // even count: the mean of 2.5 and 4
        Assert.Equal((3L, 2.5m, 2.5m), await Duration("DueAt:lt:2026-11-10T00:00:00Z"));
        Assert.Equal((0L, null, null), await Duration("DueAt:lt:2026-01-01T00:00:00Z"));
        Assert.Contains("'Subject' is not a date-time", (await Assert.ThrowsAsync<FilterException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentAggregates>().DurationAsync("Activity", null, "Subject", "DueAt")))).Message);
    }

    // SQLite measures time in floating-point days.
    private static decimal? Round(decimal? days) => days is { } value ? Math.Round(value, 6) : null;

    /// <summary>Groups are equal when their keys, count, sum and distinct count are.</summary>
    private sealed class GroupComparer : IEqualityComparer<AggregateGroup>
    {
        public bool Equals(AggregateGroup? x, AggregateGroup? y) => x!.Keys.SequenceEqual(y!.Keys) && x.Count == y.Count && x.Sum == y.Sum && x.Distinct == y.Distinct;

        public int GetHashCode(AggregateGroup group) => group.Count.GetHashCode();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_group_or_sum_that_does_not_fit_the_field_is_refused_with_a_message(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        Task Group(string by, string? sum = null) =>
            content.RunAsync(s => s.GetRequiredService<ContentAggregates>().GroupAsync("Customer", null, by, sum));

        Assert.Contains("'Shoe' is not a field", (await Assert.ThrowsAsync<FilterException>(() => Group("Shoe"))).Message);
        Assert.Contains("only date and date-time fields", (await Assert.ThrowsAsync<FilterException>(() => Group("Stage:month"))).Message);
        Assert.Contains("only money fields", (await Assert.ThrowsAsync<FilterException>(() => Group("Employees:currency"))).Message);
        Assert.Contains("cannot be summed", (await Assert.ThrowsAsync<FilterException>(() => Group("Stage", "Name"))).Message);
    }
}
