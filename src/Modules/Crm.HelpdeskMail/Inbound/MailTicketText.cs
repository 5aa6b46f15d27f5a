using System.Globalization;
using System.Text;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>The Markdown a mail becomes on a ticket or comment: who wrote, the text, then the attachments by name and size.</summary>
public static class MailTicketText
{
    public const int SubjectLength = 200;

    public static string Body(InboundMail mail, string fromLabel, string attachmentsLabel, string? preface = null)
    {
        var text = new StringBuilder();
        if (preface is not null) text.Append(preface).Append("\n\n");
        text.Append("**").Append(fromLabel).Append(":** ").Append(Escape(mail.From.ToString())).Append("\n\n");
        text.Append(mail.Body.Length > 0 ? mail.Body : "-");
        if (mail.Attachments.Count > 0)
        {
            text.Append("\n\n**").Append(attachmentsLabel).Append(":**\n");
            foreach (var file in mail.Attachments) text.Append("- ").Append(Escape(file.Name)).Append(file.Bytes >= 0 ? $" ({Size(file.Bytes)})" : "").Append('\n');
        }
        return text.ToString().TrimEnd();
    }

    public static string Subject(string subject, string fallback)
    {
        var line = string.IsNullOrWhiteSpace(subject) ? fallback : subject.ReplaceLineEndings(" ").Trim();
        return line.Length <= SubjectLength ? line : line[..(SubjectLength - 1)] + "…";
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>Markdown's own characters in a name or address are shown as they are, not as markup.</summary>
    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|' ? "\\" + c : c.ToString()));
}
