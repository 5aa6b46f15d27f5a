using MimeKit;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>
/// Mail a machine sent (out-of-office replies, bounces, list mail) must not open tickets: answering it would start a mail
/// loop. RFC 3834's Auto-Submitted, the Precedence values auto-responders use, the common X- headers, and the empty
/// return path of a bounce.
/// </summary>
public static class MailLoopRules
{
    private static readonly string[] AutomaticPrecedence = ["bulk", "junk", "list", "auto_reply"];
    private static readonly string[] AutoReplyHeaders = ["X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Loop"];

    public static string? AutomaticBecause(MimeMessage message)
    {
        var headers = message.Headers;
        if (headers["Auto-Submitted"] is { Length: > 0 } auto && !auto.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase)) return $"Auto-Submitted: {auto.Trim()}";
        if (headers[HeaderId.Precedence] is { Length: > 0 } precedence && AutomaticPrecedence.Contains(precedence.Trim(), StringComparer.OrdinalIgnoreCase)) return $"Precedence: {precedence.Trim()}";
        if (AutoReplyHeaders.FirstOrDefault(h => headers.Contains(h)) is { } header) return header;
        if (headers[HeaderId.ReturnPath] is { } path && path.Trim() == "<>") return "an empty Return-Path (a bounce)";
        return null;
    }
}
