using MimeKit;

namespace Crm.Email.Services;

/// <summary>The one place that decides what an email address is (MimeKit's parser, one mailbox with a domain).</summary>
public static class EmailAddresses
{
    public static bool IsAddress(string text) => Parse(text) is not null;

    /// <summary>The mailbox in "user@example.com" or "Name &lt;user@example.com&gt;", or null.</summary>
    public static MailboxAddress? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 320 || text.Contains('\r') || text.Contains('\n')) return null;
        if (!InternetAddressList.TryParse(ParserOptions.Default, text, out var list) || list.Count != 1) return null;
        return list[0] is MailboxAddress { Domain.Length: > 0, LocalPart.Length: > 0 } mailbox && !mailbox.Domain.StartsWith('.') ? mailbox : null;
    }
}
