using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Crm.Web.Tests.Infrastructure;
using MimeKit;

namespace Crm.Web.Tests.Helpdesk.Mail;

/// <summary>Raw messages as a mail relay hands them over, and posting them to the inbound endpoint.</summary>
internal static class TestMail
{
    public static byte[] Raw(string from, string subject, string text = "안녕하세요, 로그인이 되지 않습니다.", string? messageId = null,
        string? html = null, (string Name, byte[] Content)? attachment = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("customer.example") };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("support@crm.example"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) message.Headers.Add(name, value);
        var body = new BodyBuilder { TextBody = html is null ? text : null, HtmlBody = html };
        if (attachment is { } file) body.Attachments.Add(file.Name, file.Content);
        message.Body = body.ToMessageBody();
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    public static HttpClient Relay(this CrmRecipeHost crm, string? apiKey = CrmTestHost.AdminApiKey)
    {
        var client = crm.Host.CreateClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public static Task<HttpResponseMessage> DeliverAsync(this HttpClient relay, byte[] raw, string mediaType = "message/rfc822")
    {
        var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return relay.PostAsync("/api/helpdesk/inbound-mail", content);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static Task<long> InboundRowsAsync(this CrmRecipeHost crm) => crm.ScalarAsync<long>("SELECT COUNT(*) FROM helpdesk_inbound_mail");
}
