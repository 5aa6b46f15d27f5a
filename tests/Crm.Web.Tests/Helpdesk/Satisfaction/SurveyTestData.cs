using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Helpdesk.Satisfaction;

/// <summary>Resolving tickets and reading the survey mail the outbox holds.</summary>
internal static partial class SurveyTestData
{
    public const string BaseUrl = "https://crm.example.com";

    public static Task SetAsync(this CrmRecipeHost crm, string setting, JsonNode value) =>
        crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SiteSettings>().SetAsync(setting, value);
            return true;
        });

    /// <summary>A ticket of a customer with an email address, taken by <paramref name="agent"/> and resolved.</summary>
    public static async Task<ContentItem> ResolvedTicketAsync(this CrmRecipeHost crm, string agent, string email = "minjun.kim@customer.example")
    {
        var customer = await crm.CreateAsync("Customer", $$"""{ "Name": "김민준", "Stage": "Customer", "Email": "{{email}}" }""");
        var ticket = await crm.CreateAsync("Ticket", $$"""{ "Subject": "로그인이 되지 않습니다", "Channel": "Email", "Customer": "{{customer.Id}}", "Assignee": "{{agent}}" }""");
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress" }""");
        return await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }""");
    }

    /// <summary>The queued emails' payloads, oldest first.</summary>
    public static async Task<IReadOnlyList<JsonObject>> QueuedMailAsync(this CrmRecipeHost crm) =>
        (await crm.RunAsync(s => s.GetRequiredService<Crm.Core.Data.TenantDb>().QueryAsync<string>("SELECT payload FROM outbox_messages WHERE kind = 'email' ORDER BY id")))
        .Select(p => JsonNode.Parse(p)!.AsObject()).ToList();

    /// <summary>The survey page's path (/survey/{token}) in a mail body.</summary>
    public static string SurveyPath(JsonObject mail)
    {
        var link = SurveyLink().Match(mail["TextBody"]!.GetValue<string>());
        Assert.True(link.Success, "The mail has no survey link.");
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"https://crm\.example\.com(/survey/\S+)")]
    private static partial Regex SurveyLink();
}
