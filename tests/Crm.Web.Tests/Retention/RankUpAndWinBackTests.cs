using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Retention;

/// <summary>RankUp (a customer's grade goes up) and WinBack (a customer's stage moves backward), each a to-do for the owner and a mail.</summary>
public sealed class RankUpAndWinBackTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_grade_going_up_starts_rank_up_and_a_backward_stage_move_starts_win_back_but_not_the_other_way(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CustomerAsync("""{ "Name": "김고객", "Stage": "Customer", "Grade": "B", "Email": "kim@example.com" }""", owner);

        kim = await crm.UpdateAsync(kim, """{ "Grade": "A" }""");
        await crm.RunDueAsync();
        var thanks = Assert.Single(await crm.ProgramToDosAsync(kim.Id, "RankUp"));
        Assert.Equal(("Call", owner), (thanks.Text("Kind"), thanks.Owner));
        Assert.Contains("B → A", thanks.Text("Subject"));
        Assert.Contains("A 등급", Assert.Single(await crm.MailToAsync("kim@example.com"))["Subject"]!.GetValue<string>());

        kim = await crm.UpdateAsync(kim, """{ "Grade": "C" }"""); // down: no rank-up
        await crm.RunDueAsync();
        Assert.Single(await crm.EnrolmentsAsync("RankUp"));

        kim = await crm.UpdateAsync(kim, """{ "Stage": "Prospect" }"""); // backward: win-back
        await crm.RunDueAsync();
        var winBack = Assert.Single(await crm.ProgramToDosAsync(kim.Id, "WinBack"));
        Assert.Equal(("Call", owner), (winBack.Text("Kind"), winBack.Owner));
        Assert.Contains("Customer → Prospect", winBack.Text("Subject"));
        Assert.Equal(2, (await crm.MailToAsync("kim@example.com")).Count);
        Assert.Contains(await crm.MailToAsync("kim@example.com"), m => m["Subject"]!.GetValue<string>() == "김고객님, 다시 찾아뵙고 싶습니다");

        await crm.UpdateAsync(kim, """{ "Stage": "Customer" }"""); // forward: nothing
        await crm.RunDueAsync();
        var enrolment = Assert.Single(await crm.EnrolmentsAsync("WinBack"));
        Assert.Equal((kim.Id, false), (enrolment.CustomerId, enrolment.Holdout));
    }
}
