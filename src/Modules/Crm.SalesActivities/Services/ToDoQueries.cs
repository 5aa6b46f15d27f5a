using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.SalesActivities.Models;

namespace Crm.SalesActivities.Services;

/// <summary>
/// The planned activities of the to-do screens and the dashboard, through the content engine's indexed queries
/// (Status, DueAt and owner), each section one page with its customers' and owners' names fetched in one statement each.
/// </summary>
public sealed class ToDoQueries(ContentQuery query, ContentManager content, IUserDirectory users)
{
    public const int SectionSize = 50;

    /// <summary>A user's planned activities: overdue, due today, the next seven days, and those without a due date.</summary>
    public async Task<IReadOnlyList<ToDoSection>> MineAsync(string userId, Func<string, string> title, CancellationToken cancellationToken) =>
        [
            .. await TodayAsync(userId, title, SectionSize, cancellationToken),
            await SectionAsync("upcoming", title("Next 7 days"), $"{Mine(userId)},{ActivityModel.DueAt}:gte:today+1d,{ActivityModel.DueAt}:lt:today+8d", cancellationToken),
            await SectionAsync("someday", title("No due date"), $"{Mine(userId)},{ActivityModel.DueAt}:isNull", cancellationToken),
        ];

    /// <summary>What needs doing today: the user's overdue activities and those still due today (the dashboard's card).</summary>
    public async Task<IReadOnlyList<ToDoSection>> TodayAsync(string userId, Func<string, string> title, int size, CancellationToken cancellationToken) =>
        [
            await SectionAsync("overdue", title("Overdue"), $"{Mine(userId)},{ActivityModel.DueAt}:lt:now", cancellationToken, size),
            await SectionAsync("today", title("Today"), $"{Mine(userId)},{ActivityModel.DueAt}:gte:now,{ActivityModel.DueAt}:lt:today+1d", cancellationToken, size),
        ];

    /// <summary>Everyone's planned activities whose due time has passed, oldest first (optionally one owner's).</summary>
    public Task<ToDoSection> OverdueAsync(string? ownerId, string title, CancellationToken cancellationToken) =>
        SectionAsync("overdue", title,
            $"{(ownerId is null ? "" : $"Owner:eq:{Escape(ownerId)},")}{ActivityModel.Status}:eq:{ActivityModel.Planned},{ActivityModel.DueAt}:lt:now", cancellationToken, 200);

    private async Task<ToDoSection> SectionAsync(string key, string title, string filter, CancellationToken cancellationToken, int size = SectionSize)
    {
        var page = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = ActivityModel.Activity,
            Filter = FilterText.Parse(filter),
            OrderBy = [ActivityModel.DueAt, "Id"],
            First = size,
            Count = CountMode.None,
        }, cancellationToken);
        return new ToDoSection(key, title, await RowsAsync(page.Items, cancellationToken), page.HasMore);
    }

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

    private static string Mine(string userId) => $"Owner:eq:{Escape(userId)},{ActivityModel.Status}:eq:{ActivityModel.Planned}";

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace(",", "\\,").Replace(")", "\\)").Replace("|", "\\|");
}
