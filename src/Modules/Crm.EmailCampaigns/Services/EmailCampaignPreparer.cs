using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Settings;

namespace Crm.EmailCampaigns.Services;

/// <summary>
/// Refuses a campaign that could not be sent as written, on every save (form, API, import): a subject or body whose Liquid
/// does not parse (with line and position), an audience that is not a saved query of customers, a schedule without a time
/// or without the site address its links need, and changes to the content once sending has started.
/// </summary>
public sealed class EmailCampaignPreparer(FeatureManager features, LiquidSyntaxCheck liquid, SavedQueries queries, SiteSettings settings) : IContentPreparer
{
    // The kernel's messages (translated in its ContentText resources, which the item form and the API use for every field problem).
    public const string LiquidError = FieldMessages.LiquidError;
    public const string LiquidErrorNoPlace = FieldMessages.LiquidErrorNoPlace;
    public const string NoSuchQuery = FieldMessages.NotASavedQuery;
    public const string NotCustomers = "'{0}' is a saved query of {1}, not of customers";
    public const string Locked = "cannot be changed once the campaign has started sending";
    public const string NeedsBaseUrl = "needs the EmailCampaigns setting's BaseUrl (the site address in the mail's links) before the campaign can be scheduled";
    public const string AlreadySent = "cannot go back to Scheduled: the campaign has been sent";

    private static readonly string[] Content = [EmailCampaignModel.Subject, EmailCampaignModel.Body, EmailCampaignModel.Audience];

    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != EmailCampaignModel.EmailCampaign || !await features.IsEnabledAsync(EmailCampaignModel.FeatureId, cancellationToken)) return;
        var before = item.Before?.Text(EmailCampaignModel.Status);
        if (before is CampaignStatus.Sending or CampaignStatus.Sent)
        {
            foreach (var field in Content.Where(item.Changed)) item.Refuse(field, new FieldProblem(Locked));
        }
        foreach (var field in new[] { EmailCampaignModel.Subject, EmailCampaignModel.Body }.Where(item.Changed))
        {
            if (liquid.Check(item.Text(field) ?? "") is { } problem)
            {
                item.Refuse(field, problem.Line > 0 ? new FieldProblem(LiquidError, problem.Line, problem.Position, problem.Message) : new FieldProblem(LiquidErrorNoPlace, problem.Message));
            }
        }
        if (item.Changed(EmailCampaignModel.Audience) && item.Text(EmailCampaignModel.Audience) is { } audience)
        {
            var saved = await queries.GetAsync(audience, cancellationToken);
            if (saved is null) item.Refuse(EmailCampaignModel.Audience, new FieldProblem(NoSuchQuery, audience));
            else if (saved.ContentType != EmailCampaignModel.Customer) item.Refuse(EmailCampaignModel.Audience, new FieldProblem(NotCustomers, audience, saved.ContentType));
        }
        if (item.Text(EmailCampaignModel.Status) == CampaignStatus.Scheduled && item.Changed(EmailCampaignModel.Status))
        {
            await ScheduleRulesAsync(item, before, cancellationToken);
        }
    }

    private async Task ScheduleRulesAsync(ContentPreparing item, string? before, CancellationToken cancellationToken)
    {
        if (before is CampaignStatus.Sending or CampaignStatus.Sent) item.Refuse(EmailCampaignModel.Status, new FieldProblem(AlreadySent));
        if (item.Value(EmailCampaignModel.ScheduledAt) is null) item.Refuse(EmailCampaignModel.ScheduledAt, new FieldProblem(FieldMessages.Required));
        var configured = EmailCampaignSettings.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(EmailCampaignSettings.SettingName)).BaseUrl;
        if (configured is null) item.Refuse(EmailCampaignModel.Status, new FieldProblem(NeedsBaseUrl));
    }
}
