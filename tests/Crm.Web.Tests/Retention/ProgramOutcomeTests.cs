using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Retention.Programs;
using Crm.Retention.Results;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Retention;

/// <summary>
/// A program's outcome on a fixture with a known answer: 4 contacted members of whom 2 responded (50 %), 4 held out of whom 1
/// responded (25 %) — lift (50 − 25) ÷ 25 = +100 % — with the revenue of the orders in the window per member.
/// </summary>
public sealed partial class ProgramOutcomeTests
{
    private const string Program = "HappyCalls";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Responses_revenue_and_lift_count_what_happened_within_the_window_after_enrolment(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var start = CrmRecipeHost.Start; // 23 November 2026, 09:00 in Seoul
        var c = new string[4];
        var h = new string[4];
        for (var i = 0; i < 4; i++)
        {
            c[i] = (await crm.CreateAsync("Customer", $$"""{ "Name": "Contacted {{i}}" }""")).Id;
            h[i] = (await crm.CreateAsync("Customer", $$"""{ "Name": "Held {{i}}" }""")).Id;
        }
        await crm.RunAsync(async s =>
        {
            var enrolments = s.GetRequiredService<ProgramEnrolments>();
            foreach (var (id, holdout) in c.Select(id => (id, false)).Concat(h.Select(id => (id, true))))
            {
                await enrolments.EnrolAsync(new Enrolment(Ulid.NewUlid().ToString(), Program, id, null, Ulid.NewUlid().ToString(), start, holdout), CancellationToken.None);
            }
            return 0;
        });
        await crm.AdvanceAsync(TimeSpan.FromDays(50)); // everything below happens after the enrolments

        string Done(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Customer called", "Kind": "Call", "Status": "Done", "DoneAt": "{{Done(start.AddDays(5))}}", "Customer": "{{c[0]}}" }""");
        await crm.OrderAsync(c[1], 100_000, "2026-12-03"); // 10 days after
        await crm.OrderAsync(c[2], 70_000, "2027-01-02"); // 40 days after: outside a 30-day window
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Happy call", "Kind": "Call", "Status": "Done", "DoneAt": "{{Done(start.AddDays(2))}}", "Customer": "{{c[3]}}", "RetentionProgram": "HappyCalls" }""");
        await crm.OrderAsync(h[0], 50_000, "2026-11-26");
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Before", "Kind": "Call", "Status": "Done", "DoneAt": "{{Done(start.AddDays(-1))}}", "Customer": "{{h[1]}}" }""");
        await crm.OrderAsync(h[2], 30_000, "2026-11-30", status: "Cancelled");
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Planned", "Kind": "Call", "Status": "Planned", "DueAt": "{{Done(start.AddDays(3))}}", "Customer": "{{h[3]}}" }""");

        var outcome = await OutcomeAsync(crm, 30);
        Assert.Equal((4L, 2L, 0.5), (outcome.Contacted.Members, outcome.Contacted.Responders, outcome.Contacted.ResponseRate));
        Assert.Equal((4L, 1L, 0.25), (outcome.Holdout.Members, outcome.Holdout.Responders, outcome.Holdout.ResponseRate));
        Assert.Equal(100_000m, outcome.Contacted.Revenue["KRW"]);
        Assert.Equal(25_000m, outcome.Contacted.RevenuePerMember["KRW"]);
        Assert.Equal(12_500m, outcome.Holdout.RevenuePerMember["KRW"]);
        Assert.Equal(1.0, outcome.Lift);

        var wider = await OutcomeAsync(crm, 45); // the 40-day order now counts
        Assert.Equal((3L, 170_000m), (wider.Contacted.Responders, wider.Contacted.Revenue["KRW"]));
        Assert.Equal(2.0, wider.Lift);

        var admin = await crm.AdminAsync();
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/retention"));
        var row = Row(page, Program);
        Assert.Equal("+100%", Figure(row, "lift"));
        Assert.Equal(("4", "4", "2", "1", "50%", "25%"), (Figure(row, "members-contacted"), Figure(row, "members-holdout"), Figure(row, "responses-contacted"),
            Figure(row, "responses-holdout"), Figure(row, "rate-contacted"), Figure(row, "rate-holdout")));
        Assert.Equal(("100,000 KRW", "50,000 KRW", "25,000 KRW", "12,500 KRW"), (Figure(row, "revenue-contacted"), Figure(row, "revenue-holdout"),
            Figure(row, "revenue-per-member-contacted"), Figure(row, "revenue-per-member-holdout")));
        var happyCalls = await crm.ScalarAsync<string>("SELECT id FROM workflow_types WHERE name = 'HappyCalls'");
        Assert.Contains($"href=\"/admin/workflows/{happyCalls}/designer\"", row);
        Assert.Equal("—", Figure(Row(page, "WinBack"), "lift")); // no holdout members: nothing to compare with
    }

    [Fact]
    public void Lift_is_undefined_without_a_responding_holdout()
    {
        var none = new Dictionary<string, decimal>();
        Assert.Null(new ProgramOutcome("P", 30, new GroupFigures(10, 5, none), GroupFigures.Empty).Lift);
        Assert.Null(new ProgramOutcome("P", 30, new GroupFigures(10, 5, none), new GroupFigures(4, 0, none)).Lift);
        Assert.Equal(-0.5, new ProgramOutcome("P", 30, new GroupFigures(10, 1, none), new GroupFigures(5, 1, none)).Lift);
    }

    private static Task<ProgramOutcome> OutcomeAsync(CrmRecipeHost crm, int windowDays) =>
        crm.RunAsync(s => s.GetRequiredService<ProgramOutcomes>().ForAsync(Program, windowDays, CancellationToken.None));

    private static string Row(string page, string program)
    {
        var match = Regex.Match(page, $"<tr data-program=\"{program}\">([\\s\\S]*?)</tr>");
        Assert.True(match.Success, $"No row for {program}.");
        return match.Groups[1].Value;
    }

    private static string Figure(string row, string name)
    {
        var match = Regex.Match(row, $"data-figure=\"{name}\">([^<]*)<");
        Assert.True(match.Success, $"No figure {name}.");
        return match.Groups[1].Value.Trim();
    }
}
