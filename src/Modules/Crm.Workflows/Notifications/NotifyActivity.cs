using Crm.Core.Security;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Designer;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Notifications;

/// <summary>An in-app notification to a user (by id or user name) or to everyone in a role, shown in the admin header's bell.</summary>
public sealed class NotifyActivity : IWorkflowActivity, IPropertyOptions
{
    public ActivityDescriptor Descriptor { get; } = new("Notify", "People", "Notify", "Shows a message in the admin header of a user or of everyone in a role.",
    [
        new("user", PropertyKind.Text, "The user's id or user name (Liquid), e.g. {{ item.Owner }}; or choose a role."),
        new("role", PropertyKind.Choice, "Or everyone in this role."),
        new("message", PropertyKind.Text, "Liquid, e.g. {{ item.Name }} has had no contact for 30 days", Required: true),
        new("link", PropertyKind.Text, "Optional link (Liquid), e.g. /contents/Customer/{{ item.Id }}"),
    ], [Outcomes.Done]);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("user")) == string.IsNullOrWhiteSpace(activity.Text("role"))) yield return "Choose a user or a role (one of them).";
    }

    public async Task<IReadOnlyList<string>> OptionsAsync(string property, IServiceProvider services, CancellationToken cancellationToken) =>
        property == "role" ? await services.GetRequiredService<IUserDirectory>().RoleNamesAsync(cancellationToken) : [];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var message = context.Text("message")?.Trim() is { Length: > 0 } m ? m : throw new WorkflowActivityException("The message is empty.");
        var link = context.Text("link")?.Trim() is { Length: > 0 } l ? l : null;
        var directory = context.Services.GetRequiredService<IUserDirectory>();
        string? userId = null, role = null, to;
        if (context.Text("user")?.Trim() is { Length: > 0 } user)
        {
            userId = (await directory.NamesAsync([user], context.CancellationToken)).ContainsKey(user) ? user
                : await directory.IdOfAsync(user, context.CancellationToken) ?? throw new WorkflowActivityException($"There is no user '{user}'.");
            to = $"user {user}";
        }
        else
        {
            var wanted = context.Activity.Text("role")?.Trim() ?? "";
            role = (await directory.RoleNamesAsync(context.CancellationToken)).FirstOrDefault(r => string.Equals(r, wanted, StringComparison.OrdinalIgnoreCase))
                   ?? throw new WorkflowActivityException($"There is no role '{wanted}'.");
            to = $"role {role}";
        }
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would notify {to}: {message}");
            return ActivityResult.Outcome(Outcomes.Done);
        }
        await context.Services.GetRequiredService<NotificationStore>().AddAsync(userId, role, message, link, context.Instance.Id, context.CancellationToken);
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"notified {to}: {message}" };
    }
}
