using Crm.Workflows.Notifications;

namespace Crm.Workflows.Models;

/// <param name="Token">The antiforgery token the list's "mark read" buttons send (htmx posts it as a header).</param>
public sealed record NotificationListModel(IReadOnlyList<Notification> Notifications, long Unread, string Token);
