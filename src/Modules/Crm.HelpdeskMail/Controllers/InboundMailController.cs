using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.Helpdesk;
using Crm.HelpdeskMail.Inbound;
using Crm.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crm.HelpdeskMail.Controllers;

/// <summary>
/// POST /api/helpdesk/inbound-mail (under the tenant's prefix): a mail relay hands over one raw message (message/rfc822) with
/// an API key whose roles have ReceiveHelpdeskMail. 201 with the new ticket, 200 for a reply threaded onto a ticket, an
/// ignored auto-reply or a redelivered Message-ID; 400 naming what is wrong with the message, 413 when it is too large —
/// and then nothing is stored.
/// </summary>
[Authorize(AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName)]
[RequirePermission(Permissions.ReceiveHelpdeskMail)]
public sealed class InboundMailController(InboundMailProcessor processor, ContentManager content, IOptions<InboundMailOptions> options) : ControllerBase
{
    private static readonly string[] MediaTypes = ["message/rfc822", "application/octet-stream"];

    [HttpPost("/api/helpdesk/inbound-mail")]
    [RequestSizeLimit(long.MaxValue)] // the limit is the module's setting, checked below with a clear answer
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        var max = options.Value.MaxMessageBytes;
        if (Request.ContentType is not { } type || !MediaTypes.Any(m => type.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
        {
            return Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the raw message as message/rfc822.");
        }
        if (Request.ContentLength > max || await ReadAsync(max, cancellationToken) is not { } raw) return TooLarge(max);

        InboundMail mail;
        try
        {
            mail = await InboundMailReader.ReadAsync(raw, cancellationToken);
        }
        catch (MailRejectedException e)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: e.Message);
        }
        var result = await processor.ProcessAsync(mail, InboundMailStore.SourceHttp, cancellationToken);
        var ticket = result.TicketId is null ? null : await content.GetAsync(result.TicketId, cancellationToken: cancellationToken);
        var body = new
        {
            outcome = result.Outcome.ToString(), ticketId = result.TicketId, number = ticket?.Text(HelpdeskModel.Number),
            commentId = result.CommentId, duplicate = result.Duplicate, note = result.Note,
        };
        return result is { Outcome: InboundOutcome.Ticket, Duplicate: false } ? StatusCode(StatusCodes.Status201Created, body) : Ok(body);
    }

    /// <returns>The body, or null when it is longer than <paramref name="max"/> bytes.</returns>
    private async Task<byte[]?> ReadAsync(long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private ObjectResult TooLarge(long max) =>
        Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The message is larger than the {max:N0} bytes allowed.");
}
