using System.Security.Claims;

namespace Crm.Workflows.Notifications;

/// <summary>Whose notifications to show: the signed-in user's own and those sent to one of their roles.</summary>
public sealed record NotificationReader(string UserId, IReadOnlyList<string> Roles)
{
    public static NotificationReader? Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? new NotificationReader(id, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList())
            : null;
}
