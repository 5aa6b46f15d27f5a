using System.Globalization;
using Crm.Bench.Common;
using Crm.Campaigns.Services;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Campaigns;

/// <summary>
/// A marketing history written straight into content_items by INSERT … SELECT statements (the content manager would take
/// hours for a million customers and their orders): <see cref="Campaigns"/> campaigns over the 12 months ending this month,
/// every eighth a keyword ad; a cost line per campaign and month, the keyword ads' split into <see cref="Keywords"/>
/// keywords with clicks and impressions; N customers created over the last two years, 30 % of them (i mod 10 &lt; 3) sourced
/// by campaign (i / 10) mod 60 + 1 within the last year, a keyword ad's with a keyword; customer i has i mod 6 orders (2.5 on
/// average) dated between its creation and today, each with its one-off Revenue row in the order's month (what
/// Crm.Opportunities keeps per order, with the order's date); every customer is then marked stale in the kept attributed revenue.
/// </summary>
public static class CampaignBenchSeeder
{
    public const int Campaigns = 60;
    public const int Keywords = 6;
    public const int KeywordAdEvery = 8;

    /// <summary>The campaign whose page is measured: a keyword ad (campaign 8).</summary>
    public static readonly string MeasuredCampaign = "03" + KeywordAdEvery.ToString("D24", CultureInfo.InvariantCulture);

    public static async Task SeedAsync(BenchHost host, int customers, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
        var sql = new CampaignBenchSql(db.Dialect.Provider);
        var args = new
        {
            n = customers,
            now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            today = Day(today),
            first = Day(new DateOnly(today.Year, today.Month, 1).AddMonths(-11)),
        };
        const string columns = "INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) ";
        var campaign = sql.Id("03", "c");
        var channel = $"CASE c % {KeywordAdEvery} WHEN 0 THEN 'KeywordAd' WHEN 1 THEN 'Email' WHEN 2 THEN 'DisplayAd' WHEN 3 THEN 'Web' WHEN 4 THEN 'Referral' WHEN 5 THEN 'Seminar' WHEN 6 THEN 'DM' ELSE 'Event' END";
        var keyword = "CASE k WHEN 0 THEN 'running shoes' WHEN 1 THEN 'trail shoes' WHEN 2 THEN 'marathon' WHEN 3 THEN 'sports socks' WHEN 4 THEN 'insoles' ELSE 'shoe sale' END";
        var campaigns = CampaignBenchSql.Range(Campaigns + 1, "c");
        var months = CampaignBenchSql.Range(12, "m");

        await db.ExecuteAsync(columns +
            $"SELECT {campaign}, 'Campaign', 'Campaign ' || c, NULL, @now, @now, 1, NULL, " +
            sql.Data("Campaign", "'Name'", "'Campaign ' || c", "'Code'", "'cmp' || c", "'Channel'", channel, "'StartDate'", "@first",
                "'Status'", "'Active'", "'AttributionWindowDays'", "CASE WHEN c % 3 = 0 THEN 30 ELSE 90 END") +
            $" FROM {campaigns} WHERE c > 0", args, cancellationToken);
        await db.ExecuteAsync(columns +
            $"SELECT {sql.Id("04", "c * 100 + m")}, 'CampaignCost', {sql.MonthsAfter("@first", "m")}, NULL, @now, @now, 1, NULL, " +
            sql.Data("CampaignCost", "'Campaign'", campaign, "'Month'", sql.MonthsAfter("@first", "m"),
                "'Amount'", sql.Money("1000000 + ((c * 37 + m * 11) % 20) * 100000"),
                "'Clicks'", "CASE WHEN c % 4 = 2 THEN 1000 + (c * 7 + m) % 50 * 20 END", "'Impressions'", "CASE WHEN c % 4 = 2 THEN 50000 + (c * 13 + m) % 50 * 1000 END") +
            $" FROM {campaigns} CROSS JOIN {months} WHERE c > 0 AND c % {KeywordAdEvery} <> 0", args, cancellationToken);
        await db.ExecuteAsync(columns +
            $"SELECT {sql.Id("04", "100000 + c * 1000 + m * 10 + k")}, 'CampaignCost', {sql.MonthsAfter("@first", "m")} || ' ' || {keyword}, NULL, @now, @now, 1, NULL, " +
            sql.Data("CampaignCost", "'Campaign'", campaign, "'Month'", sql.MonthsAfter("@first", "m"), "'Keyword'", keyword,
                "'Amount'", sql.Money("200000 + ((c + m * 7 + k * 13) % 10) * 50000"),
                "'Clicks'", "500 + (c + m * 3 + k * 5) % 40 * 25", "'Impressions'", "20000 + (c + m + k) % 30 * 1000") +
            $" FROM {campaigns} CROSS JOIN {months} CROSS JOIN {CampaignBenchSql.Range(Keywords, "k")} WHERE c > 0 AND c % {KeywordAdEvery} = 0", args, cancellationToken);

        // age: days since the customer was created; the sourced ones within the last year, the others within two.
        var people = $"{sql.Numbers}, p AS (SELECT i, (i * 13) % (CASE WHEN i % 10 < 3 THEN 365 ELSE 730 END) AS age, (i / 10) % {Campaigns} + 1 AS c FROM n) ";
        await db.ExecuteAsync(people + columns +
            $"SELECT {sql.Id("01", "i")}, 'Customer', 'Customer ' || i, NULL, {sql.DaysBefore("@today", "age")} || 'T03:00:00.0000000Z', @now, 1, NULL, " +
            sql.Data("Customer", "'Name'", "'Customer ' || i", "'Kind'", "'Person'", "'Stage'", "'Customer'",
                "'SourceCampaign'", $"CASE WHEN i % 10 < 3 THEN {campaign} END",
                "'SourceKeyword'", $"CASE WHEN i % 10 < 3 AND c % {KeywordAdEvery} = 0 THEN {keyword.Replace("CASE k", $"CASE i % {Keywords}")} END") +
            " FROM p", args, cancellationToken);

        var orders = people + $", o AS (SELECT i, j, {sql.DaysBefore("@today", "age - (i * 7 + j * 53) % (age + 1)")} AS day, 50000 + ((i * 37 + j * 11) % 20) * 50000 AS amount " +
                     $"FROM p CROSS JOIN {CampaignBenchSql.Range(5, "j")} WHERE j < i % 6) ";
        await db.ExecuteAsync(orders + columns +
            $"SELECT {sql.Id("02", "i * 6 + j")}, 'SalesOrder', 'Order', NULL, @now, @now, 1, NULL, " +
            sql.Data("SalesOrder", "'Customer'", sql.Id("01", "i"), "'OrderDate'", "day", "'Amount'", sql.Money("amount"), "'BillingType'", "'OneOff'", "'Status'", "'Fulfilled'") +
            " FROM o", args, cancellationToken);
        await db.ExecuteAsync(orders + columns +
            $"SELECT {sql.Id("05", "i * 6 + j")}, 'Revenue', {CampaignBenchSql.MonthStart("day")}, NULL, @now, @now, 1, NULL, " +
            sql.Data("Revenue", "'Customer'", sql.Id("01", "i"), "'SalesOrder'", sql.Id("02", "i * 6 + j"), "'OrderDate'", "day", "'Month'", CampaignBenchSql.MonthStart("day"),
                "'Amount'", sql.Money("amount")) +
            " FROM o", args, cancellationToken);
        await BenchSeeder.AnalyzeAsync(host, cancellationToken); // the product's statistics refresh, which also renews pooled SQLite connections
        // Written past the content manager, so no handler marked the customers: the kept attributed revenue is worked out anew.
        await scope.ServiceProvider.GetRequiredService<CampaignRevenueLedger>().MarkAllAsync(cancellationToken);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
