using System.Net;
using System.Text;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>Keyword-ad costs from the ad platform's CSV: all or nothing with row-and-column errors, a month replaced on re-import, ROI per month and keyword.</summary>
public sealed class KeywordCostImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_bad_rows_names_each_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        var answer = await ImportAsync(marketer, campaign, """
            month,keyword,cost,clicks,impressions
            2026-11,crm,500000,120,3000
            2026-11,erp,abc,10,100
            2026-13,,-5,1.5,
            2026-11,CRM,100,1,1
            """);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Equal(
        [
            "3 cost abc is not a number.",
            "4 month Give the month as yyyy-MM (e.g. 2026-03).",
            "4 keyword The keyword is empty.",
            "4 cost The cost must not be negative.",
            "4 clicks The clicks must be a whole number.",
            "5 keyword The keyword CRM appears twice for 2026-11 (rows 2 and 5).",
        ], DashboardHtml.Rows(page, "import-error"));
        Assert.Empty(await crm.ItemsAsync("CampaignCost")); // not even row 2

        var headless = await ImportAsync(marketer, campaign, "month,keyword,clicks\n2026-11,crm,5\n");
        Assert.Equal(["1 cost The column cost is missing."], DashboardHtml.Rows(WebUtility.HtmlDecode(await headless.Content.ReadAsStringAsync()), "import-error"));
        var korean = WebUtility.HtmlDecode(await (await ImportAsync(marketer, campaign, "month,keyword,cost\n2026-11,crm,x\n", "?culture=ko-KR")).Content.ReadAsStringAsync());
        Assert.Contains("x은(는) 숫자가 아닙니다.", korean);
        Assert.Empty(await crm.ItemsAsync("CampaignCost"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_a_month_again_replaces_its_keyword_costs_and_roi_is_shown_per_month_and_keyword(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);
        await CostAsync(crm, campaign, "2026-11-01", 50_000); // the agency's fee: not a keyword line, kept by imports
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        var first = await ImportAsync(marketer, campaign, "Month,Keyword,Cost,Clicks,Impressions\n2026-11,crm,500000,120,3000\n2026-11,erp,300000,,\n2026-12,crm,400000,100,2500\n");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var again = await ImportAsync(marketer, campaign, "month,keyword,cost,clicks,impressions\n2026-11,crm,450000,110,2900\n");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("1 keyword cost lines imported.", WebUtility.HtmlDecode(await marketer.GetStringAsync(again.Headers.Location!.ToString())));

        var lines = (await crm.ItemsAsync("CampaignCost")).Select(c => $"{c.Text("Month")} {c.Text("Keyword") ?? "-"}").Order().ToList();
        Assert.Equal(["2026-11-01 -", "2026-11-01 crm", "2026-12-01 crm"], lines); // November's erp line is gone with the re-import

        var buyer = (await crm.CreateAsync("Customer", $$"""{ "Name": "searcher", "SourceCampaign": "{{campaign}}", "SourceKeyword": "CRM" }""")).Id;
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{buyer}}", "OrderDate": "2026-11-28", "Amount": 900000 }""");
        var roi = (await new GraphQLClient(marketer, null).DataAsync("""
            { campaignRoi(from: "2026-11-01", to: "2026-12-31") { total { label leads buyers figures { currency cost revenue roi } }
              byKeyword { month keyword line { label leads buyers clicks impressions figures { currency cost revenue roi } } } } }
            """))["campaignRoi"]!;
        Assert.Equal("Total 1/1 KRW 900000→900000 0", Describe(roi["total"]!)); // 50,000 + 450,000 + 400,000 spent
        Assert.Equal(
        [
            "2026-11 crm 110/2900 crm 0/1 KRW 450000→900000 1", // the customer's keyword "CRM" is the keyword "crm"
            "2026-12 crm 100/2500 crm 0/0 KRW 400000→0 -1",
        ], roi["byKeyword"]!.AsArray().Select(k => $"{k!["month"]} {k["keyword"]} {k["line"]!["clicks"]}/{k["line"]!["impressions"]} {Describe(k["line"]!)}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_those_who_manage_campaigns_may_import_costs(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);
        var (manager, _) = await crm.StaffAsync("boss", "Manager");

        var answer = await ImportAsync(manager, campaign, "month,keyword,cost\n2026-11,crm,1000\n");

        Assert.Contains("/denied", answer.Headers.Location?.ToString()); // browsers are sent to the 403 page
        Assert.Empty(await crm.ItemsAsync("CampaignCost"));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient browser, string campaign, string csv, string query = "")
    {
        var page = await browser.GetStringAsync($"/admin/campaigns/{campaign}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(CrmRecipeHost.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ReplaceLineEndings("\n"))), "file", "keywords.csv" },
        };
        return await browser.PostAsync($"/admin/campaigns/{campaign}/keyword-costs{query}", form);
    }
}
