using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Helpdesk.Satisfaction;

/// <summary>
/// A resolved ticket's customer gets a survey email in the tenant's language (through the outbox) whose link opens a public
/// page that takes a rating and a comment once, before it expires; the answer lands on the ticket and in the CSAT report.
/// </summary>
public sealed class SurveyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Resolving_mails_a_korean_survey_taken_once_and_counted_in_the_csat_report(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.SetAsync("HelpdeskSurvey", new JsonObject { ["BaseUrl"] = SurveyTestData.BaseUrl, ["ExpiresDays"] = 7 });
        var (_, agentId) = await crm.StaffAsync("jisoo", "Agent");
        var ticket = await crm.ResolvedTicketAsync(agentId);

        var mail = Assert.Single(await crm.QueuedMailAsync());
        Assert.Equal("minjun.kim@customer.example", mail["To"]![0]!.GetValue<string>());
        Assert.Equal($"상담 만족도 설문: {ticket.Text("Number")} 로그인이 되지 않습니다", mail["Subject"]!.GetValue<string>());
        var body = mail["TextBody"]!.GetValue<string>();
        Assert.StartsWith("김민준님, 안녕하세요.", body);
        Assert.Contains("2026. 11. 30.까지 한 번 사용할 수 있습니다", body); // 7 days from 2026-11-23 09:00 in Seoul, in Korean date format

        var visitor = crm.Host.Browser("ko-KR");
        var path = SurveyTestData.SurveyPath(mail);
        var page = await visitor.GetStringAsync(path);
        Assert.Contains("data-state=\"Open\"", page);
        var answered = await visitor.PostAsync(path, CrmRecipeHost.Form(page, ("score", "4"), ("comment", "빠르게 해결해 주셔서 감사합니다")));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("data-state=\"Thanked\"", await answered.Content.ReadAsStringAsync());

        var again = await visitor.PostAsync(path, CrmRecipeHost.Form(page, ("score", "1")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("이미 응답한 설문입니다", await again.Content.ReadAsStringAsync());
        var comment = Assert.Single(await crm.ItemsAsync("TicketComment"));
        Assert.Equal((ticket.Id, "CustomerMessage"), (comment.Text("Ticket"), comment.Text("Kind")));
        Assert.Equal("**만족도 설문:** 4/5\n\n빠르게 해결해 주셔서 감사합니다", comment.Text("Body"));

        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress", "ReopenReason": "다시 발생" }""");
        await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }""");
        Assert.Single(await crm.QueuedMailAsync()); // a ticket is surveyed once

        var (manager, _) = await crm.StaffAsync("minji", "Manager");
        var report = await manager.GetStringAsync("/admin/helpdesk/csat");
        Assert.Matches($"data-month=\"2026-11\" data-agent=\"{agentId}\">\\s*<td>2026-11</td><td>jisoo</td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">4.00</td>\\s*<td class=\"text-end\">100%</td>", report);
        var (agent, _) = await crm.StaffAsync("dohyun", "Agent");
        Assert.Contains("/denied", (await agent.GetAsync("/admin/helpdesk/csat")).Headers.Location?.ToString()); // browsers are sent to the 403 page
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_csat_report_counts_an_answer_in_the_month_it_came_where_the_tenant_is(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider); // a Seoul tenant
        await crm.SetAsync("HelpdeskSurvey", new JsonObject { ["BaseUrl"] = SurveyTestData.BaseUrl });
        var (_, agentId) = await crm.StaffAsync("jisoo", "Agent");
        await crm.ResolvedTicketAsync(agentId);
        await crm.AdvanceAsync(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero) - CrmRecipeHost.Start); // 1 December, 00:30 in Seoul

        var visitor = crm.Host.Browser("ko-KR");
        var path = SurveyTestData.SurveyPath(Assert.Single(await crm.QueuedMailAsync()));
        var page = await visitor.GetStringAsync(path);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync(path, CrmRecipeHost.Form(page, ("score", "5")))).StatusCode);

        var (manager, _) = await crm.StaffAsync("minji", "Manager");
        var report = await manager.GetStringAsync("/admin/helpdesk/csat");
        Assert.Contains($"data-month=\"2026-12\" data-agent=\"{agentId}\"", report);
        Assert.DoesNotContain("data-month=\"2026-11\"", report); // still 30 November in UTC
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sample_tickets_resolved_while_sample_data_is_written_survey_nobody(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.SetAsync("HelpdeskSurvey", new JsonObject { ["BaseUrl"] = SurveyTestData.BaseUrl });
        var (_, agentId) = await crm.StaffAsync("jisoo", "Agent");

        var sample = await crm.RunAsync(async s =>
        {
            using var writing = s.GetRequiredService<SampleDataMode>().Begin();
            var content = s.GetRequiredService<ContentManager>();
            var customer = await content.CreateAsync("Customer", new JsonObject { ["Name"] = "Sample Lee", ["Stage"] = "Customer", ["Email"] = "lee@example.com" });
            var ticket = await content.CreateAsync("Ticket", new JsonObject { ["Subject"] = "Sample", ["Customer"] = customer.Id, ["Assignee"] = agentId });
            ticket = await content.UpdateAsync(ticket.Id, new JsonObject { ["Status"] = "InProgress" }, ticket.Version);
            return await content.UpdateAsync(ticket.Id, new JsonObject { ["Status"] = "Resolved" }, ticket.Version);
        });

        Assert.Equal("Resolved", sample.Text("Status"));
        Assert.Empty(await crm.QueuedMailAsync());
        await crm.ResolvedTicketAsync(agentId); // the same resolve outside sample data is surveyed
        Assert.Single(await crm.QueuedMailAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_english_tenant_gets_english_mail_and_expired_or_forged_links_are_refused(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.SetAsync("Culture", "en-US");
        await crm.SetAsync("HelpdeskSurvey", new JsonObject { ["BaseUrl"] = SurveyTestData.BaseUrl, ["ExpiresDays"] = 3 });
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.ResolvedTicketAsync(agent, "lee@customer.example");
        var mail = Assert.Single(await crm.QueuedMailAsync());
        Assert.Equal($"How did we do? {ticket.Text("Number")} 로그인이 되지 않습니다", mail["Subject"]!.GetValue<string>());
        Assert.Contains("The link works once, until 11/26/2026.", mail["TextBody"]!.GetValue<string>());

        var visitor = crm.Host.Browser();
        var path = SurveyTestData.SurveyPath(mail);
        var page = await visitor.GetStringAsync(path);
        crm.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync(path)).StatusCode);
        var late = await visitor.PostAsync(path, CrmRecipeHost.Form(page, ("score", "5")));
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("This survey link has expired.", await late.Content.ReadAsStringAsync());

        var forged = await visitor.GetAsync("/survey/" + path[^10..] + "x");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Empty(await crm.ItemsAsync("TicketComment"));
        Assert.Null(await crm.ScalarAsync<string>("SELECT answered_utc FROM helpdesk_surveys"));
    }
}
