using System.Text.Json.Nodes;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using OutboxService = Crm.Core.Outbox.Outbox;

namespace Crm.Workflows.Activities;

/// <summary>
/// Calls another system over HTTP through the outbox: the request is queued in the instance's transaction and the
/// instance waits; the outbox sends it (retrying server errors with backoff) and the answer resumes the activity —
/// Done with <c>outputs.{id}.status</c> and <c>.body</c>, or Failed when it could not be delivered.
/// </summary>
public sealed class HttpRequestActivity : IWorkflowActivity
{
    public const string OutboxKind = "http";

    public ActivityDescriptor Descriptor { get; } = new("HttpRequest", "Integration", "HTTP request", "Calls a URL; the answer is the activity's output.",
    [
        new("url", PropertyKind.Text, "An http(s) URL (Liquid).", Required: true),
        new("method", PropertyKind.Choice, "The HTTP method.", Options: ["GET", "POST", "PUT", "PATCH", "DELETE"]),
        new("headers", PropertyKind.Json, "Header → value (Liquid)."),
        new("body", PropertyKind.Text, "The body (Liquid), e.g. JSON."),
        new("contentType", PropertyKind.Text, "The body's content type (default application/json)."),
    ], [Outcomes.Done, Outcomes.Failed]);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (activity.Text("url") is { Length: > 0 } url && !url.Contains("{{", StringComparison.Ordinal)
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return $"'{url}' is not an http or https URL.";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var url = context.Text("url")!.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) throw new WorkflowActivityException($"'{url}' is not an http or https URL.");
        var method = context.Activity.Text("method") is { Length: > 0 } m ? m.ToUpperInvariant() : "GET";
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would call {method} {url}");
            return ActivityResult.Outcome(Outcomes.Done);
        }
        var payload = new JsonObject
        {
            ["method"] = method, ["url"] = url, ["headers"] = context.Json("headers"), ["body"] = context.Text("body"),
            ["contentType"] = context.Text("contentType") is { Length: > 0 } type ? type : "application/json",
        };
        var correlation = $"{context.Instance.Id}:{context.Activity.Id}";
        var id = await context.Services.GetRequiredService<OutboxService>().EnqueueAsync(OutboxKind, payload, correlation, context.CancellationToken);
        return ActivityResult.Wait(new BookmarkRequest(EventName: OutboxEvents.EventName(id))) with { Note = $"{method} {url}" };
    }

    public Task<ActivityResult> ResumeAsync(ActivityContext context, BookmarkHit hit)
    {
        context.SetOutput(hit.Payload?["result"]?.DeepClone());
        if (hit.Payload?["delivered"]?.GetValue<bool>() == true) return Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
        return Task.FromResult(ActivityResult.Fail($"The request was not delivered: {hit.Payload?["error"]?.GetValue<string>() ?? "unknown error"}"));
    }
}
