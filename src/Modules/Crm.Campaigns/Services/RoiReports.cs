using Crm.Campaigns.Models;
using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>
/// Campaign ROI over a period (<see cref="RoiReport"/> says what a month's cost and revenue are): the cost lines, the
/// attributed revenue and the sourced leads — the last two as kept per customer (<see cref="CampaignRevenueLedger"/>), or
/// worked out from the orders and customers while the kept rows catch up — tallied by campaign, channel, month and keyword.
/// </summary>
public sealed class RoiReports(CampaignDirectory directory, CostLedger costs, CampaignRevenueLedger ledger, AttributedRevenue revenue, SourcedLeads leads, CampaignScreens screens)
{
    /// <param name="campaign">One campaign's figures (its detail page); null: every campaign's.</param>
    public async Task<RoiReport> ForAsync(KpiPeriod period, string? campaign, CancellationToken cancellationToken)
    {
        var all = (await directory.AllAsync(cancellationToken)).ToDictionary(c => c.Id);
        var campaigns = all.Values.Where(c => campaign is null || c.Id == campaign).ToDictionary(c => c.Id);
        var costRows = (await costs.LinesAsync(period.FirstMonth, period.End, campaign, cancellationToken)).Where(c => campaigns.ContainsKey(c.Campaign)).ToList();
        var kept = await ledger.CatchUpAsync(all, cancellationToken);
        var revenueRows = kept
            ? await ledger.RevenueAsync(period.FirstMonth, period.End, campaign, cancellationToken)
            : await revenue.RowsAsync(period.FirstMonth, period.End, all, campaign, cancellationToken);
        var leadCounts = (kept ? await ledger.LeadsAsync(period.FirstMonth, period.End, campaign, cancellationToken) : await leads.ByMonthAsync(period, campaign, cancellationToken))
            .Where(l => campaigns.ContainsKey(l.Key.Campaign)).ToList();

        var byCampaign = new RoiTallies<string>();
        var byChannel = new RoiTallies<string>();
        var byMonth = new RoiTallies<DateOnly>();
        var byKeyword = new RoiTallies<(DateOnly, string)>(KeywordComparer.Instance);
        var total = new RoiTally();
        string ChannelOf(string id) => campaigns[id].Channel ?? "";
        foreach (var cost in costRows)
        {
            foreach (var tally in new[] { byCampaign[cost.Campaign], byChannel[ChannelOf(cost.Campaign)], byMonth[cost.Month], total }) tally.Add(cost);
            if (cost.Keyword is { } keyword) byKeyword[(cost.Month, keyword)].Add(cost);
        }
        foreach (var row in revenueRows)
        {
            foreach (var tally in new[] { byCampaign[row.Campaign], byChannel[ChannelOf(row.Campaign)], byMonth[row.Month], total }) tally.Add(row);
            if (row.Keyword is { } keyword) byKeyword[(row.Month, keyword)].Add(row);
        }
        foreach (var ((id, month), count) in leadCounts)
        {
            foreach (var tally in new[] { byCampaign[id], byChannel[ChannelOf(id)], byMonth[month], total }) tally.AddLeads(count);
        }

        var channelLabels = await screens.ChannelsAsync(cancellationToken);
        var campaignLines = campaigns.Values
            .Where(c => byCampaign.Has(c.Id) || campaign is not null)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => byCampaign[c.Id].Line(c.Id, c.Name))
            .ToList();
        var channelLines = byChannel.Keys
            .OrderBy(k => channelLabels.Keys.ToList().IndexOf(k) is var i && i < 0 ? int.MaxValue : i).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => byChannel[k].Line(k, channelLabels.GetValueOrDefault(k) ?? (k.Length == 0 ? "(no channel)" : k)))
            .ToList();
        var monthLines = period.EachMonth.Select(m => byMonth[m].Line(KpiPeriod.Month(m), KpiPeriod.Month(m))).ToList();
        var keywordLines = byKeyword.Keys
            .OrderBy(k => k.Item1).ThenBy(k => k.Item2, StringComparer.CurrentCultureIgnoreCase)
            .Select(k => new KeywordRoiLine(KpiPeriod.Month(k.Item1), k.Item2, byKeyword[k].Line($"{KpiPeriod.Month(k.Item1)} {k.Item2}", k.Item2)))
            .ToList();
        return new RoiReport(period, campaignLines, channelLines, monthLines, keywordLines, total.Line("total", "Total"));
    }

    /// <summary>A keyword is the same keyword whatever its case or surrounding spaces ("Running Shoes" = "running shoes").</summary>
    private sealed class KeywordComparer : IEqualityComparer<(DateOnly, string)>
    {
        public static readonly KeywordComparer Instance = new();

        public bool Equals((DateOnly, string) x, (DateOnly, string) y) => x.Item1 == y.Item1 && string.Equals(x.Item2.Trim(), y.Item2.Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((DateOnly, string) key) => HashCode.Combine(key.Item1, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Item2.Trim()));
    }
}
