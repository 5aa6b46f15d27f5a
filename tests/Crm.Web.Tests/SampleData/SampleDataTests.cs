using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Campaigns.Services;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Dashboard.Kpis;
using Crm.KnowledgeBase.Search;
using Crm.Web.Tests.KnowledgeBase;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.SampleData;

/// <summary>The crm recipe's sample data: a CRM a sales rep can sign in to and work, in Korean and English, made once.</summary>
public sealed class SampleDataTests
{
    private static readonly Dictionary<string, string> WithSamples = new() { ["Crm:Samples:Create"] = "true", ["Crm:Samples:StaffPassword"] = "Sample-Staff-1" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_crm_recipe_makes_staff_customers_and_activities_a_rep_can_work_with_and_a_second_run_adds_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, settings: WithSamples);

        Assert.Equal(200L, await CountAsync(crm, "Customer"));
        Assert.Equal(1000L, await CountAsync(crm, "Activity"));
        Assert.Equal(15L, await CountAsync(crm, "Account"));
        Assert.Equal(50L, await CountAsync(crm, "Opportunity"));
        Assert.Equal(6L, await CountAsync(crm, "Product"));
        Assert.Equal((await crm.ItemsAsync("Opportunity", "Stage:eq:Won")).Count, (await crm.ItemsAsync("SalesOrder")).Count); // each won deal has its order
        Assert.NotEmpty(await crm.ItemsAsync("OpportunityLine"));
        await AssertARealSalesCycleAsync(crm);
        var customers = await crm.ItemsAsync("Customer");
        Assert.Contains(customers, c => Regex.IsMatch(c.DisplayText, "\\p{IsHangulSyllables}"));
        Assert.Contains(customers, c => Regex.IsMatch(c.DisplayText, "^[A-Za-z]"));
        Assert.All(customers, c => Assert.NotNull(c.Owner));
        Assert.All(customers.Select(c => c.Text("Email")).OfType<string>(), email => Assert.Matches("@example\\.(com|net|org)$", email)); // mail to samples reaches nobody
        Assert.Equal(["Customer", "Prospect", "Target"], customers.Select(c => c.Text("Stage")!).Distinct().Order());
        Assert.Contains(customers, c => c.Text("LastActivityAt") is not null); // kept from the done activities
        Assert.Contains(customers, c => c.Text("ContactDueAt") is not null);
        Assert.Equal(12L, await CountAsync(crm, "Article"));
        Assert.Equal(4L, await CountAsync(crm, "ArticleCategory"));
        Assert.Equal(0L, await CountAsync(crm, "Coupon")); // sample purchases start no programs: nobody invented is mailed a coupon
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE kind = 'email'"));
        var refundArticles = await crm.SearchAsync("환불", ArticleAudience.Staff);
        Assert.Equal(["[내부] 환불 승인 기준과 권한", "환불은 언제 처리되나요?"], refundArticles.Select(h => h.Title).Order());
        Assert.Equal(["환불은 언제 처리되나요?"], await crm.TitlesAsync("환불", ArticleAudience.Public));

        var rep = crm.Host.Browser();
        await rep.LoginAsync("", "minjun", "Sample-Staff-1");
        var home = await rep.GetStringAsync("/admin");
        Assert.Contains("widget-my-day", home);
        Assert.Contains("widget-my-pipeline", home);
        Assert.Contains("todo-row", await rep.GetStringAsync("/admin/activities/todos")); // planned work around today

        await crm.RunAsync(async s =>
        {
            var recipes = s.GetRequiredService<RecipeHarvester>();
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync((await recipes.FindAsync("crm", CancellationToken.None))!, CancellationToken.None);
            return true;
        });
        Assert.Equal(200L, await CountAsync(crm, "Customer"));
        Assert.Equal(1000L, await CountAsync(crm, "Activity"));
        Assert.Equal(50L, await CountAsync(crm, "Opportunity"));
        Assert.Equal(12L, await CountAsync(crm, "Article"));
    }

    /// <summary>
    /// The sample deals went through their stages over weeks: won and lost ones closed after they were created and before
    /// today, with their orders on the day they were won, so the dashboard's sales cycle reads like a real pipeline's.
    /// </summary>
    private static async Task AssertARealSalesCycleAsync(CrmRecipeHost crm)
    {
        var now = crm.Clock.GetUtcNow();
        var won = await crm.ItemsAsync("Opportunity", "Stage:eq:Won");
        var lost = await crm.ItemsAsync("Opportunity", "Stage:eq:Lost");
        Assert.NotEmpty(won);
        Assert.NotEmpty(lost);
        foreach (var deal in won.Concat(lost))
        {
            var closedAt = DateTimeOffset.Parse(deal.Text("ClosedAt")!, CultureInfo.InvariantCulture);
            Assert.True(closedAt > deal.CreatedUtc.AddDays(6) && closedAt < now, $"{deal.DisplayText}: created {deal.CreatedUtc:O}, closed {closedAt:O}");
        }
        var orders = await crm.ItemsAsync("SalesOrder");
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"); // the crm recipe's time zone
        Assert.All(won, deal => Assert.Equal(
            TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(deal.Text("ClosedAt")!, CultureInfo.InvariantCulture), seoul).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Assert.Single(orders, o => o.Text("Opportunity") == deal.Id).Text("OrderDate")));
        Assert.Contains(await crm.ItemsAsync("Opportunity", "Stage:eq:Qualification"), deal => deal.CreatedUtc < now.AddDays(-2));
        var customers = (await crm.ItemsAsync("Customer")).ToDictionary(c => c.Id);
        Assert.All(await crm.ItemsAsync("Opportunity"), deal => Assert.True(deal.CreatedUtc > customers[deal.Text("Customer")!].CreatedUtc, deal.DisplayText));

        var report = await crm.RunAsync(s => s.GetRequiredService<SalesKpis>().ForAsync(KpiPeriod.Ending(DateOnly.FromDateTime(now.UtcDateTime), KpiPeriod.DefaultMonths), CancellationToken.None));
        Assert.Equal(won.Count, report.SalesCycle.Count);
        Assert.InRange(report.MeanCycleDays!.Value, 7m, 120m);
        Assert.InRange(report.MedianCycleDays!.Value, 7m, 120m);
        // Every sample buyer came through a campaign, and their orders fall in its attribution window (90 days from the customer's creation).
        var roi = await crm.RunAsync(s => s.GetRequiredService<RoiReports>().ForAsync(report.Period, null, CancellationToken.None));
        Assert.Equal(report.Revenue.Sum(m => m.Amount), roi.Total.Figures.Sum(f => f.Revenue));
    }

    [Fact]
    public async Task Counts_out_of_range_are_refused_at_their_path_before_anything_is_made()
    {
        const string bad = """
            { "name": "too-many", "steps": [ { "name": "Feature", "enable": [ "Crm.SampleData" ] },
                { "name": "SampleData", "Customers": 10001, "Activities": -1, "Accounts": "15", "Opportunities": 2.5, "Seed": 7 } ] }
            """;
        await using var crm = await CrmRecipeHost.StartAsync(DatabaseProvider.Sqlite, settings: WithSamples);
        var before = await CountAsync(crm, "Customer");

        var failure = await Assert.ThrowsAsync<RecipeException>(() => crm.RunAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(bad, "too-many"), CancellationToken.None);
            return true;
        }));

        Assert.Equal(
            [
                "step 1 at $.steps[1].Customers: must be a whole number from 0 to 10,000",
                "step 1 at $.steps[1].Activities: must be a whole number from 0 to 100,000",
                "step 1 at $.steps[1].Accounts: must be a whole number from 0 to 1,000",
                "step 1 at $.steps[1].Opportunities: must be a whole number from 0 to 10,000",
            ], failure.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await CountAsync(crm, "Customer"));
    }

    private static Task<long> CountAsync(CrmRecipeHost crm, string type) =>
        crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = @type AND deleted_utc IS NULL", new { type });
}
