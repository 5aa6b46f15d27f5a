using Crm.Core.Data;
using Crm.Retention.Programs;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Retention;

/// <summary>BirthdayGreetings and AnniversaryGreetings: at 09:00 in the tenant's time zone, the day's celebrants are greeted (29 February on the 28th in a common year).</summary>
public sealed class GreetingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Birthdays_and_anniversaries_are_greeted_on_the_day_in_Seoul_and_29_February_on_the_28th_of_a_common_year(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var leap = await crm.CustomerAsync("""{ "Name": "윤하늘", "Email": "leap@example.com", "Birthday": "2000-02-29" }""", owner);
        var card = await crm.CustomerAsync("""{ "Name": "No Mail", "Birthday": "1990-02-28" }""", owner);
        var march = await crm.CustomerAsync("""{ "Name": "March", "Email": "march@example.com", "Birthday": "1985-03-01" }""", owner);
        var wedding = await crm.CustomerAsync("""{ "Name": "정우성", "Email": "wedding@example.com", "Anniversary": "2020-11-24" }""", owner);

        await crm.AdvanceAsync(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero) - crm.Clock.GetUtcNow()); // 23:30 on the 23rd in Seoul
        Assert.Empty(await crm.MailToAsync("wedding@example.com"));
        await crm.AdvanceAsync(TimeSpan.FromHours(9.5)); // 09:00 on the 24th in Seoul (00:00 UTC)
        var greeting = Assert.Single(await crm.MailToAsync("wedding@example.com"));
        Assert.Equal("정우성님, 기념일을 축하드립니다", greeting["Subject"]!.GetValue<string>());

        await crm.AdvanceAsync(new DateTimeOffset(2027, 2, 27, 0, 30, 0, TimeSpan.Zero) - crm.Clock.GetUtcNow()); // 27 February 2027: nobody
        Assert.Empty(await crm.MailToAsync("leap@example.com"));
        Assert.Empty(await crm.ProgramToDosAsync(card.Id, "BirthdayGreetings"));
        await crm.AdvanceAsync(TimeSpan.FromHours(23.5)); // 28 February 2027, 09:00 Seoul: 2027 has no 29th
        var birthday = Assert.Single(await crm.MailToAsync("leap@example.com"));
        Assert.Equal("윤하늘님, 생일을 진심으로 축하드립니다", birthday["Subject"]!.GetValue<string>());
        var todo = Assert.Single(await crm.ProgramToDosAsync(card.Id, "BirthdayGreetings")); // no email: a message to send by hand
        Assert.Equal(("Post", owner), (todo.Text("Kind"), todo.Owner));
        Assert.Empty(await crm.MailToAsync("march@example.com"));

        await crm.AdvanceAsync(TimeSpan.FromDays(1)); // 1 March
        Assert.Single(await crm.MailToAsync("march@example.com"));
        Assert.Single(await crm.MailToAsync("leap@example.com"));
        Assert.Equal(new[] { leap.Id, card.Id, march.Id }.Order(), (await crm.EnrolmentsAsync("BirthdayGreetings")).Select(e => e.CustomerId).Order());
    }

    [Fact]
    public void The_29th_of_February_is_celebrated_on_the_28th_only_in_common_years()
    {
        Assert.Equal(["02-28", "02-29"], Celebrations.MonthDays(new DateOnly(2027, 2, 28)));
        Assert.Equal(["02-28"], Celebrations.MonthDays(new DateOnly(2028, 2, 28)));
        Assert.Equal(["02-29"], Celebrations.MonthDays(new DateOnly(2028, 2, 29)));
        Assert.Equal(["03-01"], Celebrations.MonthDays(new DateOnly(2027, 3, 1)));
    }
}
