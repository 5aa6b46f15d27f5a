using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.SalesActivities.Models;

namespace Crm.SalesActivities.Services;

/// <summary>
/// The planned activities of the to-do screens and the dashboard, through the content engine's indexed queries
/// (Status, DueAt and owner): one page per section, then the customers' and owners' names of all sections in one
/// statement each.
/// </summary>
public sealed class ToDoQueries(ContentQuery query, ContentManager content, IUserDirectory users)
{
    public const int SectionSize = 50;

    /// <summary>A user's planned activities: overdue, due today, the next seven days, and those without a due date.</summary>
    public Task<IReadOnlyList<ToDoSection>> MineAsync(string userId, Func<string, string> title, CancellationToken cancellationToken) =>
        SectionsAsync(
        [
            .. Today(userId, title, SectionSize),
            new("upcoming", title("Next 7 days"), $"{Mine(userId)},{ActivityModel.DueAt}:gte:today+1d,{ActivityModel.DueAt}:lt:today+8d", SectionSize),
            new("someday", title("No due date"), $"{Mine(userId)},{ActivityModel.DueAt}:isNull", SectionSize),
        ], cancellationToken);

    /// <summary>What needs doing today: the user's overdue activities and those still due today (the dashboard's card).</summary>
    public Task<IReadOnlyList<ToDoSection>> TodayAsync(string userId, Func<string, string> title, int size, CancellationToken cancellationToken) =>
        SectionsAsync(Today(userId, title, size), cancellationToken);

    /// <summary>Everyone's planned activities whose due time has passed, oldest first (optionally one owner's).</summary>
    public async Task<ToDoSection> OverdueAsync(string? ownerId, string title, CancellationToken cancellationToken) =>
        (await SectionsAsync(
        [
            new("overdue", title, $"{(ownerId is null ? "" : $"Owner:eq:{FilterText.Escape(ownerId)},")}{ActivityModel.Status}:eq:{ActivityModel.Planned},{ActivityModel.DueAt}:lt:now", 200),
        ], cancellationToken)).Single();

    public async Task<IReadOnlyList<ToDoRow>> RowsAsync(IReadOnlyList<ContentItem> activities, CancellationToken cancellationToken)
    {
        var customerIds = activities.Select(a => a.Text(ActivityModel.Customer)).OfType<string>().Distinct().ToList();
        var customers = (await content.GetManyAsync(customerIds, cancellationToken)).ToDictionary(c => c.Id, c => c.DisplayText, StringComparer.OrdinalIgnoreCase);
        var owners = await users.NamesAsync(activities.Select(a => a.Owner).OfType<string>().Distinct(), cancellationToken);
        return activities.Select(a =>
        {
            var customerId = a.Text(ActivityModel.Customer);
            var due = a.Text(ActivityModel.DueAt) is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            return new ToDoRow(a.Id, a.Version, a.Text(ActivityModel.Subject) ?? a.DisplayText, a.Text(ActivityModel.Kind), due,
                customerId, customerId is null ? null : customers.GetValueOrDefault(customerId), a.Owner is null ? null : owners.GetValueOrDefault(a.Owner));
        }).ToList();
    }

    private static IReadOnlyList<SectionQuery> Today(string userId, Func<string, string> title, int size) =>
    [
        new("overdue", title("Overdue"), $"{Mine(userId)},{ActivityModel.DueAt}:lt:now", size),
        new("today", title("Today"), $"{Mine(userId)},{ActivityModel.DueAt}:gte:now,{ActivityModel.DueAt}:lt:today+1d", size),
    ];

    private async Task<IReadOnlyList<ToDoSection>> SectionsAsync(IReadOnlyList<SectionQuery> sections, CancellationToken cancellationToken)
    {
        var pages = new List<ContentQueryResult>(sections.Count);
        foreach (var section in sections)
        {
            pages.Add(await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = ActivityModel.Activity,
                Filter = FilterText.Parse(section.Filter),
                OrderBy = [ActivityModel.DueAt, "Id"],
                First = section.Size,
                Count = CountMode.None,
            }, cancellationToken));
        }
        var rows = await RowsAsync(pages.SelectMany(p => p.Items).ToList(), cancellationToken);
        var result = new List<ToDoSection>(sections.Count);
        var start = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            result.Add(new ToDoSection(sections[i].Key, sections[i].Title, rows.Skip(start).Take(pages[i].Items.Count).ToList(), pages[i].HasMore));
            start += pages[i].Items.Count;
        }
        return result;
    }

    private static string Mine(string userId) => $"Owner:eq:{FilterText.Escape(userId)},{ActivityModel.Status}:eq:{ActivityModel.Planned}";

    private sealed record SectionQuery(string Key, string Title, string Filter, int Size);
}
