using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>The helpdesk recipe: only the helpdesk (no sales modules), with sample tickets in every step and calls.</summary>
public sealed class HelpdeskRecipeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_helpdesk_recipe_makes_a_helpdesk_tenant_with_sample_tickets_and_calls(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, "helpdesk",
            new Dictionary<string, string> { ["Crm:Samples:Create"] = "true", ["Crm:Samples:StaffPassword"] = "Sample-Staff-1" });
        var tickets = await crm.ItemsAsync("Ticket");
        Assert.Equal(30, tickets.Count);
        Assert.Equal(["Assigned", "Closed", "InProgress", "New", "Resolved"], tickets.Select(t => t.Text("Status")!).Distinct().Order());
        Assert.Contains(tickets, t => Regex.IsMatch(t.Text("Subject")!, "\\p{IsHangulSyllables}"));
        Assert.Contains(tickets, t => Regex.IsMatch(t.Text("Subject")!, "^[A-Za-z]"));
        Assert.All(tickets, t => Assert.Matches("^T-2026-\\d{6}$", t.Text("Number")!));
        Assert.Equal(12, (await crm.ItemsAsync("CallLog")).Count);
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM features WHERE feature_id IN ('Crm.SalesActivities', 'Crm.Opportunities')"));
        Assert.Equal(1L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM workflow_types WHERE name = 'TicketSla'"));
        Assert.Equal(2L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM features WHERE feature_id IN ('Crm.Helpdesk.Email', 'Crm.Helpdesk.Satisfaction')"));

        var agent = crm.Host.Browser();
        await agent.LoginAsync("", "jisoo", "Sample-Staff-1");
        Assert.Contains("ticket-row", await agent.GetStringAsync("/admin/helpdesk/mine"));
    }
}
