using Crm.Core.Content;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Core.Templates;
using Crm.Email.Services;
using Crm.EmailCampaigns.Sending;
using Crm.EmailCampaigns.Tracking;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.Services;

/// <summary>
/// What the campaign screen does: schedule (now when no time is set), cancel (a sending campaign's waiting recipients are
/// skipped; mail already with the outbox still goes), and a test send to any address, rendered with a chosen customer or
/// the audience's first. Each answers null when done, or the reason it was refused in the user's language. A test mail's
/// unsubscribe link opens the unsubscribe page marked as a test, and unsubscribes nobody.
/// </summary>
public sealed class CampaignActions(
    ContentManager content,
    SavedQueries queries,
    RecipientStore store,
    TenantDb db,
    CampaignMail mail,
    CampaignLinks links,
    LinkTags linkTags,
    EmailSender sender,
    TenantCulture culture,
    TimeProvider clock,
    IStringLocalizer<EmailCampaignsText> text,
    IStringLocalizer<ContentText> fieldText)
{
    public async Task<string?> ScheduleAsync(ContentItem campaign, CancellationToken cancellationToken)
    {
        if (campaign.Text(EmailCampaignModel.Status) is not (CampaignStatus.Draft or CampaignStatus.Cancelled) || await store.RunAsync(campaign.Id, cancellationToken) is not null)
        {
            return text["Only a draft that was never sent can be scheduled."];
        }
        var values = new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Scheduled };
        if (campaign.Text(EmailCampaignModel.ScheduledAt) is null) values[EmailCampaignModel.ScheduledAt] = DateTimeFieldKind.Canonical(clock.GetUtcNow());
        return await UpdateAsync(campaign, values, cancellationToken);
    }

    public async Task<string?> CancelAsync(ContentItem campaign, CancellationToken cancellationToken)
    {
        if (campaign.Text(EmailCampaignModel.Status) is not (CampaignStatus.Scheduled or CampaignStatus.Sending)) return text["Only a scheduled or sending campaign can be cancelled."];
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var refused = await UpdateAsync(campaign, new JsonObject { [EmailCampaignModel.Status] = CampaignStatus.Cancelled }, cancellationToken);
        if (refused is not null) return refused;
        await store.SkipPendingAsync(campaign.Id, SkipReasons.Cancelled, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<string?> TestSendAsync(ContentItem campaign, string? address, string? customerId, CancellationToken cancellationToken)
    {
        if (EmailAddresses.Parse(address) is not { } to) return text["Enter the email address to send the test to."];
        var customer = string.IsNullOrWhiteSpace(customerId) ? await FirstOfAudienceAsync(campaign, cancellationToken) : await content.GetAsync(customerId.Trim(), cancellationToken: cancellationToken);
        if (customer is null || customer.ContentType != EmailCampaignModel.Customer) return text["There is no customer to fill in the template: choose one, or give the campaign an audience that finds some."];
        if (await links.SiteAsync(cancellationToken) is not { } site) return text["Set the EmailCampaigns BaseUrl setting first."];
        try
        {
            var message = mail.Build(campaign, customer, to.Address, RecipientTokens.New(), site.ForTest(), await culture.GetAsync(cancellationToken),
                await linkTags.ForAsync(campaign, cancellationToken));
            await sender.QueueAsync(message with { Subject = "[Test] " + message.Subject }, cancellationToken);
            return null;
        }
        catch (TemplateException e)
        {
            return text["The template cannot be filled in for {0}: {1}", customer.DisplayText, e.Message];
        }
    }

    private async Task<ContentItem?> FirstOfAudienceAsync(ContentItem campaign, CancellationToken cancellationToken)
    {
        if (campaign.Text(EmailCampaignModel.Audience) is not { } audience) return null;
        try
        {
            return (await queries.RunAsync(audience, first: 1, count: CountMode.None, cancellationToken: cancellationToken)).Items.FirstOrDefault();
        }
        catch (FilterException)
        {
            return null;
        }
    }

    private async Task<string?> UpdateAsync(ContentItem campaign, JsonObject values, CancellationToken cancellationToken)
    {
        try
        {
            await content.UpdateAsync(campaign.Id, values, campaign.Version, cancellationToken);
            return null;
        }
        catch (ContentValidationException e)
        {
            return string.Join(" ", e.Errors.Select(error => $"{error.Field}: {error.Problem.Localize(fieldText)}"));
        }
        catch (ContentConcurrencyException)
        {
            return text["Someone changed the campaign meanwhile; look at it again and retry."];
        }
    }
}
