using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Workflows.Controllers;

/// <summary>
/// Inbound webhooks: another system POSTs JSON to /workflows/hooks/{workflow}/{activity}/{secret}; the secret in the URL
/// is the credential (compared in constant time). Answers 202 with the instance id; the instance runs in the background.
/// </summary>
[AllowAnonymous]
public sealed class WebhookController(WorkflowStore workflows, WorkflowStarter starter) : ControllerBase
{
    private const int MaxBodyBytes = 256 * 1024;

    [HttpPost("/workflows/hooks/{workflow}/{activity}/{secret}")]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Receive(string workflow, string activity, string secret, CancellationToken cancellationToken)
    {
        var version = (await workflows.ActiveAsync(cancellationToken)).FirstOrDefault(v => v.TypeId == workflow || v.Definition.Name == workflow);
        var start = version?.Definition.Find(activity);
        // One answer for every wrong URL: a caller cannot tell a missing workflow from a wrong secret.
        if (version is null || start is not { IsStart: true, Type: "Webhook" } || !SameSecret(start.Text("secret"), secret)) return NotFound();

        JsonNode? body;
        try
        {
            body = Request.ContentLength is 0 ? null : await JsonNode.ParseAsync(Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not JSON.", detail: e.Message);
        }
        var input = new JsonObject { ["body"] = body, ["receivedFrom"] = HttpContext.Connection.RemoteIpAddress?.ToString() };
        var id = await starter.StartAsync(version, start, input, cancellationToken: cancellationToken);
        return Accepted(new { instanceId = id });
    }

    private static bool SameSecret(string? expected, string given) =>
        expected is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected.Trim()), Encoding.UTF8.GetBytes(given));
}
