using Crm.Campaigns.Services;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.EmailCampaigns.Sending;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// An email campaign that belongs to a marketing campaign feeds it: the customers it mails become the campaign's members
/// (through the Campaigns module's own member adding, so each is a member once); a recipient's first tracked click is
/// their response, stamped with the click's time; the end of sending writes the sending cost as cost lines. Opens are
/// not responses: mail programs and privacy proxies load the open pixel without a reader, so an open proves no interest.
/// </summary>
public sealed class CampaignChannelListener(
    LinkedCampaigns linked,
    ContentManager content,
    AudienceMembers members,
    MemberResponses responses,
    EmailCostLines costs,
    TenantCulture culture,
    IStringLocalizer<EmailCampaignsText> text) : IRecipientListener
{
    public async Task MaterializedAsync(ContentItem campaign, IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken)
    {
        if (await linked.OfAsync(campaign, cancellationToken) is not { } marketing) return;
        // The customers the mail goes to; skipped ones (no address, opted out) are not reached.
        var mailed = recipients.Where(r => r.Status != RecipientStatus.Skipped).Select(r => r.CustomerId).ToList();
        await members.AddCustomersAsync(marketing.Id, mailed, cancellationToken);
    }

    public async Task FirstClickAsync(Recipient recipient, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!await linked.EnabledAsync(cancellationToken)
            || await content.GetAsync(recipient.CampaignId, cancellationToken: cancellationToken) is not { } campaign
            || await linked.OfAsync(campaign, cancellationToken) is not { } marketing) return;
        var response = TenantCulture.In(await culture.GetAsync(cancellationToken),
            () => text["Clicked a link in the email campaign {0}", campaign.Text(EmailCampaignModel.Name) ?? campaign.DisplayText].Value);
        await responses.RespondOnceAsync(marketing.Id, recipient.CustomerId, response, at, cancellationToken);
    }

    public Task SendingEndedAsync(ContentItem campaign, CancellationToken cancellationToken) => costs.WriteAsync(campaign, cancellationToken);
}
