using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using Crm.Campaigns;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.Opportunities;

namespace Crm.SampleData.Services;

/// <summary>
/// When campaigns are enabled: six campaigns in different channels that started one to five months ago, their cost lines
/// (monthly, per keyword with clicks and impressions for the keyword ad, once for the trade show and the seminar), members and responses of the newsletter, and
/// sourced customers — every sample customer with an order and a third of the others — so the ROI screen shows real
/// figures: the samples' orders are dated after their customer's creation and within 90 days of it (the sample customers are
/// two to three months old), inside each campaign's attribution window.
/// </summary>
public sealed class SampleCampaigns(FeatureManager features, ContentManager content, ContentQuery query, TenantCalendar calendar)
{
    /// <param name="Once">The cost falls in the start month only (a trade show, a seminar); otherwise every month since.</param>
    private static readonly (string Name, string Code, string Channel, int MonthsAgo, int Cost, bool Once)[] Campaigns =
    [
        ("네이버 검색 광고 / Naver search ads", "naver-search", CampaignModel.KeywordAd, 5, 0, false),
        ("월간 뉴스레터 / Monthly newsletter", "newsletter", "Email", 5, 100_000, false),
        ("코엑스 전시회 / COEX trade show", "coex-expo", "TradeShow", 3, 3_000_000, true),
        ("파트너 추천 / Partner referrals", "partner-referral", "Referral", 4, 300_000, false),
        ("배너 광고 / Display banners", "display-banner", "DisplayAd", 2, 800_000, false),
        ("고객 초청 세미나 / Customer seminar", "seminar", "Seminar", 1, 1_500_000, true),
    ];

    private static readonly string[] Keywords = ["crm 프로그램", "고객관리 솔루션", "영업관리 시스템"];

    public async Task GenerateAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, CancellationToken cancellationToken)
    {
        if (customers.Count == 0 || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        var today = await calendar.TodayAsync(cancellationToken);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var campaigns = new List<(ContentItem Item, string Channel)>();
        foreach (var (name, code, channel, monthsAgo, cost, once) in Campaigns)
        {
            var start = thisMonth.AddMonths(-monthsAgo);
            var campaign = await content.CreateAsync(CampaignModel.Campaign, new JsonObject
            {
                [CampaignModel.Name] = name, [CampaignModel.Code] = code, [CampaignModel.Channel] = channel,
                [CampaignModel.StartDate] = Day(start), [CampaignModel.EndDate] = Day(thisMonth.AddMonths(2).AddDays(-1)),
                [CampaignModel.Budget] = once ? cost : (cost == 0 ? 600_000 : cost) * (monthsAgo + 2), [CampaignModel.Status] = "Active",
            }, cancellationToken: cancellationToken);
            campaigns.Add((campaign, channel));
            for (var month = start; month <= (once ? start : thisMonth); month = month.AddMonths(1))
            {
                if (channel == CampaignModel.KeywordAd)
                {
                    foreach (var keyword in Keywords) await CostAsync(campaign, month, faker.Random.Int(1, 3) * 100_000, keyword, faker, cancellationToken);
                }
                else
                {
                    await CostAsync(campaign, month, cost, null, faker, cancellationToken);
                }
            }
        }
        await SourcedCustomersAsync(faker, customers, campaigns, cancellationToken);
        await MembersAsync(faker, customers, campaigns.First(c => c.Channel == "Email").Item, cancellationToken);
    }

    private async Task CostAsync(ContentItem campaign, DateOnly month, int amount, string? keyword, Faker faker, CancellationToken cancellationToken)
    {
        var clicks = keyword is null ? (int?)null : amount / faker.Random.Int(400, 900);
        await content.CreateAsync(CampaignModel.CampaignCost, new JsonObject
        {
            [CampaignModel.CostCampaign] = campaign.Id, [CampaignModel.Month] = Day(month), [CampaignModel.Amount] = amount,
            [CampaignModel.Keyword] = keyword, [CampaignModel.Clicks] = clicks, [CampaignModel.Impressions] = clicks * faker.Random.Int(20, 60),
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Every customer with an order came through a campaign, taken in turn so that each campaign has buyers; a third of the others too.</summary>
    private async Task SourcedCustomersAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, List<(ContentItem Item, string Channel)> campaigns,
        CancellationToken cancellationToken)
    {
        var buyers = (await query.QueryAsync(new ContentQueryRequest { ContentType = OpportunityModel.SalesOrder, First = ContentQueryRequest.MaxPageSize, Count = CountMode.None }, cancellationToken))
            .Items.Select(o => o.Text(OpportunityModel.Customer)).OfType<string>().ToHashSet();
        var turn = 0;
        foreach (var (customer, _) in customers)
        {
            var buyer = buyers.Contains(customer.Id);
            if (!buyer && !faker.Random.Bool(0.33f)) continue;
            var (campaign, channel) = buyer ? campaigns[turn++ % campaigns.Count] : faker.PickRandom<(ContentItem, string)>(campaigns);
            var current = await content.GetAsync(customer.Id, cancellationToken: cancellationToken);
            if (current is null) continue;
            await content.UpdateAsync(current.Id, new JsonObject
            {
                [CampaignModel.SourceCampaign] = campaign.Id,
                [CampaignModel.SourceKeyword] = channel == CampaignModel.KeywordAd ? faker.PickRandom(Keywords) : null,
            }, current.Version, cancellationToken);
        }
    }

    /// <summary>The newsletter went to twenty customers; six answered.</summary>
    private async Task MembersAsync(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, ContentItem campaign, CancellationToken cancellationToken)
    {
        var responses = new[] { "자료 요청", "데모 신청", "가격 문의", "Asked for a demo", "Wants the price list", "세미나 참석 희망" };
        var i = 0;
        foreach (var (customer, _) in faker.PickRandom(customers, Math.Min(20, customers.Count)))
        {
            var responded = i < responses.Length;
            await content.CreateAsync(CampaignModel.CampaignMember, new JsonObject
            {
                [CampaignModel.CostCampaign] = campaign.Id, [CampaignModel.MemberCustomer] = customer.Id,
                [CampaignModel.MemberStatus] = responded ? CampaignModel.Responded : CampaignModel.Member,
                [CampaignModel.RespondedAt] = responded ? DateTimeFieldKind.Canonical(customer.CreatedUtc.AddHours(i + 1)) : null,
                [CampaignModel.Response] = responded ? responses[i] : null,
            }, cancellationToken: cancellationToken);
            i++;
        }
    }

    private static string Day(DateOnly day) => day.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
}
