using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>Started by a POST to the workflow's secret URL (/workflows/hooks/{workflow}/{activity}/{secret}); the JSON body is the input.</summary>
public sealed class WebhookTrigger : IWorkflowActivity
{
    public const int MinimumSecretLength = 16;

    public ActivityDescriptor Descriptor { get; } = new("Webhook", "Triggers", "Webhook", "Started by another system posting JSON to a secret URL.",
        [new("secret", PropertyKind.Text, $"At least {MinimumSecretLength} characters; part of the URL, so keep it private.", Required: true)], [Outcomes.Done], IsTrigger: true);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (activity.Text("secret") is { } secret && secret.Trim().Length < MinimumSecretLength) yield return $"The secret must be at least {MinimumSecretLength} characters.";
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
