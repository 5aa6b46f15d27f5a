using Crm.Core.Content.Store;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>Tickets and agents for the helpdesk tests on a crm-recipe tenant.</summary>
internal static class HelpdeskTestData
{
    public static Task<ContentItem> TicketAsync(this CrmRecipeHost crm, string priority = "Normal", string? assignee = null) =>
        crm.CreateAsync("Ticket", $$"""{ "Subject": "로그인이 되지 않습니다", "Priority": "{{priority}}", "Channel": "Email"{{(assignee is null ? "" : $", \"Assignee\": \"{assignee}\"")}} }""");

    /// <summary>The ticket as stored now (a test's copy goes stale after each change).</summary>
    public static Task<ContentItem> ReloadAsync(this CrmRecipeHost crm, ContentItem ticket) => crm.GetAsync(ticket.Id);

    public static string Stamp(DateTimeOffset at) => Crm.Core.Content.Fields.DateTimeFieldKind.Canonical(at);
}
