using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Campaigns;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.EmailCampaigns.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// "Email campaigns" on a marketing campaign's pages (its results page and its generated page): the email campaigns that
/// belong to it, newest first, each with its sent, opened, clicked and unsubscribed counts — for those who may see email
/// campaigns' results.
/// </summary>
public sealed class EmailCampaignsPanel(LinkedCampaigns linked, ContentQuery query, CampaignReport report, IAuthorizationService authorization,
    IStringLocalizer<EmailCampaignsText> text) : IItemPanelSource
{
    public const int MaxListed = 20;

    public async Task<ItemPanel?> PanelAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != CampaignModel.Campaign || !await linked.EnabledAsync(cancellationToken)
            || !(await authorization.AuthorizeAsync(user, null, new PermissionRequirement(Permissions.ViewEmailCampaigns))).Succeeded) return null;
        var mails = (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = EmailCampaignModel.EmailCampaign,
            Filter = new FilterComparison(CampaignChannelFeature.Campaign, FilterOperator.Eq, JsonValue.Create(item.Id), "$.Filter.field", "$.Filter.value"),
            OrderBy = ["CreatedUtc desc", "Id"], First = MaxListed, Count = CountMode.None,
        }, cancellationToken)).Items;
        var entries = new List<ItemPanelEntry>();
        foreach (var mail in mails)
        {
            var results = await report.ResultsAsync(mail.Id, cancellationToken);
            var status = mail.Text(EmailCampaignModel.Status) is { } s ? text[s].Value : "";
            entries.Add(new ItemPanelEntry(mail.DisplayText, $"/admin/email-campaigns/{mail.Id}",
                text["{0} · sent {1} · opened {2} · clicked {3} · unsubscribed {4}", status, results.Sent, results.Opened, results.Clicked, results.Unsubscribed]));
        }
        return new ItemPanel("email-campaigns", text["Email campaigns"], entries, text["No email campaign belongs to this campaign yet: choose it in an email campaign's Campaign field."],
            $"/contents/{EmailCampaignModel.EmailCampaign}?filter={Uri.EscapeDataString($"{CampaignChannelFeature.Campaign}:eq:{item.Id}")}", text["All its email campaigns"]);
    }
}
