using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

/// <summary>Counts and sums grouped by fields, an owner or a month, with the list's filter language.</summary>
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

    /// <summary>Groups are equal when their keys, count and sum are.</summary>
    private sealed class GroupComparer : IEqualityComparer<AggregateGroup>
    {
        public bool Equals(AggregateGroup? x, AggregateGroup? y) => x!.Keys.SequenceEqual(y!.Keys) && x.Count == y.Count && x.Sum == y.Sum;

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
