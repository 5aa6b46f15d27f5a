using System.Net;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Retention;

/// <summary>
/// DormantWakeUp with its quiet days set on the program's settings screen: after N days without a purchase a grade-A (or VIP)
/// customer gets a call to-do, others a personal email — or, without an email address, a DM to-do — plus a follow-up to-do.
/// </summary>
public sealed class DormantWakeUpTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_N_quiet_days_grade_A_gets_a_call_others_a_mail_or_a_DM_and_a_follow_up_once(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        // The grades are set by hand here; Crm.Grades' nightly sweep would grade these one-order customers C from their orders.
        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.Grades"]));
        var owner = await crm.AdminIdAsync();
        var admin = await crm.AdminAsync();
        var settings = await admin.GetStringAsync("/admin/retention/programs/DormantWakeUp");
        Assert.Contains("value=\"90\"", settings); // read from the workflow's sweep filter
        var saved = await admin.PostAsync("/admin/retention/programs/DormantWakeUp",
            CrmRecipeHost.Form(settings, ("holdoutPercent", "10"), ("windowDays", "30"), ("quietDays", "30")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2L, await crm.ScalarAsync<long>("SELECT published_version FROM workflow_types WHERE name = 'DormantWakeUp'"));
        Assert.Contains("LastPurchaseAt:lt:now-30d", await crm.ScalarAsync<string>(
            "SELECT v.definition FROM workflow_versions v JOIN workflow_types t ON t.id = v.type_id WHERE t.name = 'DormantWakeUp' AND v.version = 2"));

        var vip = await crm.CustomerAsync("""{ "Name": "김에이", "Grade": "A", "Email": "a@example.com" }""", owner);
        var mailed = await crm.CustomerAsync("""{ "Name": "이비", "Grade": "B", "Email": "b@example.com" }""", owner);
        var dm = await crm.CustomerAsync("""{ "Name": "박씨", "Grade": "C" }""", owner);
        foreach (var customer in new[] { vip, mailed, dm }) await crm.OrderAsync(customer.Id, 100_000, "2026-11-23", owner);
        await crm.RunDueAsync();

        // Last purchase: 23 November (midnight in Seoul). The 08:00 Seoul sweep on 23 December is the first to see 30 quiet days.
        await crm.AdvanceAsync(new DateTimeOffset(2026, 12, 21, 23, 30, 0, TimeSpan.Zero) - crm.Clock.GetUtcNow()); // after the sweep of 22 December (08:00 Seoul)
        Assert.Empty(await crm.EnrolmentsAsync("DormantWakeUp"));
        await crm.AdvanceAsync(TimeSpan.FromHours(22.5));
        Assert.Empty(await crm.EnrolmentsAsync("DormantWakeUp"));
        await crm.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(3, (await crm.EnrolmentsAsync("DormantWakeUp")).Count);

        var call = Assert.Single(await crm.ProgramToDosAsync(vip.Id, "DormantWakeUp"));
        Assert.Equal(("Call", owner), (call.Text("Kind"), call.Owner));
        Assert.DoesNotContain(await crm.MailToAsync("a@example.com"), m => m["Subject"]!.GetValue<string>().Contains("오랜만")); // a call instead

        var mail = Assert.Single(await crm.MailToAsync("b@example.com"), m => m["Subject"]!.GetValue<string>().Contains("오랜만"));
        Assert.Contains("이비님", mail["Subject"]!.GetValue<string>());
        var followUp = Assert.Single(await crm.ProgramToDosAsync(mailed.Id, "DormantWakeUp"));
        Assert.Equal(("Task", crm.Clock.GetUtcNow().AddDays(7)), (followUp.Text("Kind"), followUp.DueAt()));

        var dmTodos = await crm.ProgramToDosAsync(dm.Id, "DormantWakeUp");
        Assert.Equal(["Post", "Task"], dmTodos.Select(t => t.Text("Kind")!).Order());

        await crm.AdvanceAsync(TimeSpan.FromDays(3)); // the same quiet period: nothing twice
        Assert.Equal(3, (await crm.EnrolmentsAsync("DormantWakeUp")).Count);
        Assert.Single(await crm.ProgramToDosAsync(vip.Id, "DormantWakeUp"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_settings_screen_refuses_bad_values_naming_them_and_saves_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/retention/programs/HappyCalls");
        Assert.DoesNotContain("quietDays", page); // happy calls have no quiet days
        var bad = await admin.PostAsync("/admin/retention/programs/HappyCalls", CrmRecipeHost.Form(page, ("holdoutPercent", "95"), ("windowDays", "0")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter a share from 0 to 90 percent.", html);
        Assert.Contains("Enter whole days from 1 to 730.", html);
        Assert.Null(await crm.ScalarAsync<string>("SELECT value FROM settings WHERE name = 'RetentionPrograms'"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/retention/programs/NoSuchProgram")).StatusCode);

        var ok = await admin.PostAsync("/admin/retention/programs/HappyCalls", CrmRecipeHost.Form(page, ("holdoutPercent", "20"), ("windowDays", "14")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"HappyCalls\":{\"HoldoutPercent\":20,\"WindowDays\":14}", await crm.ScalarAsync<string>("SELECT value FROM settings WHERE name = 'RetentionPrograms'"));

        var (rep, _) = await crm.StaffAsync("rep1", "SalesRep");
        Assert.True((await rep.GetAsync("/admin/retention")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.True((await rep.GetAsync("/admin/retention/programs/HappyCalls")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/admin/retention/coupons/redeem")).StatusCode);
    }
}
