using Crm.Email.Models;
using Crm.Email.Services;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>
/// Sends an email through the tenant's outbox: queued in the instance's transaction, delivered (and retried) by the
/// outbox, so a rolled-back step sends nothing and an SMTP outage loses nothing. In a test run it is recorded, not sent.
/// </summary>
public sealed class SendEmailActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SendEmail", "Messages", "Send email", "Emails one or more people; every text is Liquid.",
    [
        new("to", PropertyKind.Text, "Addresses, comma-separated, e.g. {{ item.Email }}", Required: true),
        new("cc", PropertyKind.Text, "Copies, comma-separated."),
        new("subject", PropertyKind.Text, "The subject.", Required: true),
        new("body", PropertyKind.Text, "The text.", Required: true),
        new("html", PropertyKind.Text, "An HTML version (optional)."),
    ], [Outcomes.Done], Feature: "Crm.Email");

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var message = new EmailMessage
        {
            To = Addresses(context.Text("to")),
            Cc = Addresses(context.Text("cc")),
            Subject = context.Text("subject") ?? "",
            TextBody = context.Text("body") ?? "",
            HtmlBody = context.Text("html") is { Length: > 0 } html ? html : null,
        };
        var to = string.Join(", ", message.To);
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would email {to}: {message.Subject}");
            return ActivityResult.Outcome(Outcomes.Done);
        }
        try
        {
            await context.Services.GetRequiredService<EmailSender>().QueueAsync(message, context.Instance.Id, context.CancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new WorkflowActivityException(e.Message);
        }
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"queued to {to}: {message.Subject}" };
    }

    private static IReadOnlyList<string> Addresses(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
