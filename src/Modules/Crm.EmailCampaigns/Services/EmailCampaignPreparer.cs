using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.EmailCampaigns.Sending;

namespace Crm.EmailCampaigns.Services;

/// <summary>
/// Refuses a campaign that could not be sent as written, on every save (form, API, import): a subject or body whose Liquid
/// does not parse (with line and position), an audience that is not a saved query of customers, a schedule without a time
/// or without the site address its links need, and changes to the content once sending has started. Its Status moves only
/// as <see cref="CampaignStatus.Flow"/> allows, and to Sending or Sent only with the sender's run behind it.
/// </summary>
public sealed class EmailCampaignPreparer(FeatureManager features, LiquidSyntaxCheck liquid, SavedQueries queries, SiteSettings settings, RecipientStore store)
    : IContentPreparer
{
    // The kernel's messages (translated in its ContentText resources, which the item form and the API use for every field problem).
    public const string LiquidError = FieldMessages.LiquidError;
    public const string LiquidErrorNoPlace = FieldMessages.LiquidErrorNoPlace;
    public const string NoSuchQuery = FieldMessages.NotASavedQuery;
    public const string NotCustomers = "'{0}' is a saved query of {1}, not of customers";
    public const string Locked = "cannot be changed once the campaign has started sending";
    public const string NeedsBaseUrl = "needs the EmailCampaigns setting's BaseUrl (the site address in the mail's links) before the campaign can be scheduled";
    public const string StartsAs = "a new campaign starts as {0} or {1}";
    public const string SenderOnly = "becomes '{0}' only through the sender, when the campaign starts or finishes sending; schedule or cancel it instead";
    public const string StartedBefore = "cannot be scheduled again: the campaign has already started sending once";

    /// <summary>Every refusal above, for the translation check.</summary>
    public static readonly IReadOnlyList<string> Messages = [LiquidError, LiquidErrorNoPlace, NoSuchQuery, NotCustomers, Locked, NeedsBaseUrl, StartsAs, SenderOnly, StartedBefore];

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
        if (item.Changed(EmailCampaignModel.Status) && await MoveAllowedAsync(item, before, item.Text(EmailCampaignModel.Status), cancellationToken)
            && item.Text(EmailCampaignModel.Status) == CampaignStatus.Scheduled)
        {
            await ScheduleRulesAsync(item, cancellationToken);
        }
    }

    private async Task<bool> MoveAllowedAsync(ContentPreparing item, string? before, string? status, CancellationToken cancellationToken)
    {
        if (item.IsCreate)
        {
            if (CampaignStatus.MayStartAs(status)) return true;
            item.Refuse(EmailCampaignModel.Status, new FieldProblem(StartsAs,
                item.OptionLabel(EmailCampaignModel.Status, CampaignStatus.Draft), item.OptionLabel(EmailCampaignModel.Status, CampaignStatus.Scheduled)));
            return false;
        }
        if (!CampaignStatus.Flow.Check(item, EmailCampaignModel.Status, before, status)) return false;
        var run = status is CampaignStatus.Sending or CampaignStatus.Sent or CampaignStatus.Scheduled ? await store.RunAsync(item.Before!.Id, cancellationToken) : null;
        var refusal = status switch
        {
            CampaignStatus.Sending when run is null || run.FinishedUtc is not null => new FieldProblem(SenderOnly, item.OptionLabel(EmailCampaignModel.Status, status)),
            CampaignStatus.Sent when run?.FinishedUtc is null => new FieldProblem(SenderOnly, item.OptionLabel(EmailCampaignModel.Status, status)),
            CampaignStatus.Scheduled when run is not null => new FieldProblem(StartedBefore),
            _ => null,
        };
        if (refusal is not null) item.Refuse(EmailCampaignModel.Status, refusal);
        return refusal is null;
    }

    private async Task ScheduleRulesAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Value(EmailCampaignModel.ScheduledAt) is null) item.Refuse(EmailCampaignModel.ScheduledAt, new FieldProblem(FieldMessages.Required));
        var configured = EmailCampaignSettings.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(EmailCampaignSettings.SettingName)).BaseUrl;
        if (configured is null) item.Refuse(EmailCampaignModel.Status, new FieldProblem(NeedsBaseUrl));
    }
}
