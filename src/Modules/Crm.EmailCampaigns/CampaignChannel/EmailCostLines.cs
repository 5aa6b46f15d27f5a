using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Campaigns;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.EmailCampaigns.Sending;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// An email campaign's sending cost on its marketing campaign: one CampaignCost line per month (tenant's time zone) in
/// which its mail was sent, of the emails sent that month × the cost per email, marked with the email campaign. Written
/// from the recipient rows each time, so writing again (a re-run, a changed price or campaign) replaces the lines and
/// never adds to them. Failed and skipped mail costs nothing; other costs (design, copy) are cost lines entered by hand.
/// </summary>
public sealed class EmailCostLines(
    LinkedCampaigns linked,
    RecipientStore store,
    ContentQuery query,
    ContentManager content,
    TenantCalendar calendar,
    TenantTimeZone timeZone,
    TenantDb db)
{
    public async Task WriteAsync(ContentItem emailCampaign, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<(string Campaign, string Month), JsonObject>();
        if (await linked.OfAsync(emailCampaign, cancellationToken) is { } campaign
            && ItemValues.Money(emailCampaign, CampaignChannelFeature.CostPerEmail) is { Amount: > 0 } perEmail
            && await store.SentSpanAsync(emailCampaign.Id, cancellationToken) is { } span)
        {
            var zone = await timeZone.GetAsync(cancellationToken);
            DateOnly MonthOf(DateTimeOffset instant)
            {
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
                return new DateOnly(day.Year, day.Month, 1);
            }
            var name = emailCampaign.Text(EmailCampaignModel.Name) ?? emailCampaign.DisplayText;
            for (var month = MonthOf(span.First); month <= MonthOf(span.Last); month = month.AddMonths(1))
            {
                var sent = await store.SentBetweenAsync(emailCampaign.Id, await calendar.StartOfAsync(month, cancellationToken),
                    await calendar.StartOfAsync(month.AddMonths(1), cancellationToken), cancellationToken);
                if (sent == 0) continue;
                var day = month.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
                wanted[(campaign.Id, day)] = new JsonObject
                {
                    [CampaignModel.CostCampaign] = campaign.Id,
                    [CampaignModel.Month] = day,
                    [CampaignModel.Amount] = perEmail.Times(sent).ToJson(),
                    [CampaignModel.Note] = string.Create(CultureInfo.InvariantCulture, $"{Cut(name)}: {sent} × {perEmail.Amount} {perEmail.Currency}"),
                    [CampaignChannelFeature.CostEmailCampaign] = emailCampaign.Id,
                };
            }
        }
        await ReplaceAsync(emailCampaign.Id, wanted, cancellationToken);
    }

    /// <summary>Removes the email campaign's cost lines (it was deleted).</summary>
    public Task RemoveAsync(string emailCampaignId, CancellationToken cancellationToken) => ReplaceAsync(emailCampaignId, [], cancellationToken);

    private async Task ReplaceAsync(string emailCampaignId, Dictionary<(string Campaign, string Month), JsonObject> wanted, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        foreach (var line in await LinesAsync(emailCampaignId, cancellationToken))
        {
            var key = (line.Text(CampaignModel.CostCampaign) ?? "", line.Text(CampaignModel.Month) ?? "");
            if (wanted.Remove(key, out var values))
            {
                if (Money.From(ItemValues.Of(line, CampaignModel.Amount)) != Money.From(values[CampaignModel.Amount]) || line.Text(CampaignModel.Note) != values[CampaignModel.Note]!.GetValue<string>())
                {
                    await content.UpdateAsync(line.Id, values, line.Version, cancellationToken);
                }
            }
            else
            {
                await content.DeleteAsync(line.Id, line.Version, cancellationToken);
            }
        }
        foreach (var values in wanted.Values) await content.CreateAsync(CampaignModel.CampaignCost, values, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ContentItem>> LinesAsync(string emailCampaignId, CancellationToken cancellationToken)
    {
        var lines = new List<ContentItem>();
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = CampaignModel.CampaignCost,
                Filter = new FilterComparison(CampaignChannelFeature.CostEmailCampaign, FilterOperator.Eq, JsonValue.Create(emailCampaignId), "$.Filter.field", "$.Filter.value"),
                OrderBy = ["Id"], First = ContentQueryRequest.MaxPageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            lines.AddRange(page.Items);
            after = page.HasMore ? page.NextCursor : null;
        }
        while (after is not null);
        return lines;
    }

    private static string Cut(string name) => name.Length > 200 ? name[..200] : name;
}
