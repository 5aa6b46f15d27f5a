using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.Email.Services;
using Crm.Helpdesk;
using Crm.Helpdesk.Models;
using Crm.HelpdeskMail.Inbound;
using Microsoft.Extensions.Logging;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// When a ticket is resolved for the first time, queues the satisfaction survey email in the resolve's own transaction
/// (nothing is sent if the resolve rolls back): to the customer's email, or to the address the ticket's mail came from.
/// A ticket is surveyed once; one nobody can be written to is not surveyed, nor a sample one (<see cref="SampleDataMode"/>).
/// </summary>
public sealed class SurveyRequestHandler(
    FeatureManager features,
    ContentManager content,
    SurveyStore surveys,
    SurveyTokens tokens,
    SurveyLinks links,
    SurveyMail mail,
    TenantCulture culture,
    TenantTimeZone timeZone,
    SiteSettings settings,
    EmailSender sender,
    InboundMailStore inbound,
    TimeProvider clock,
    SampleDataMode sampleData,
    ILogger<SurveyRequestHandler> logger) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentEventKind.Updated || change.Item.ContentType != HelpdeskModel.Ticket) return;
        if (change.Item.Text(HelpdeskModel.Status) != TicketStatus.Resolved || change.Before?.Text(HelpdeskModel.Status) == TicketStatus.Resolved) return;
        if (sampleData.Active || !await features.IsEnabledAsync(MailFeatures.Satisfaction, cancellationToken)) return;

        var ticket = change.Item;
        var (recipient, name) = await RecipientAsync(ticket, cancellationToken);
        if (recipient is null) return;
        var all = await settings.GetAllAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var expires = now.AddDays(SurveySettings.From(all.GetValueOrDefault(SurveySettings.SettingName)).ExpiresDays);
        var survey = new Survey
        {
            Id = Ulid.NewUlid(now).ToString(), TicketId = ticket.Id, AgentId = ticket.Text(HelpdeskModel.Assignee), Recipient = recipient,
            SentUtc = DateTimeFieldKind.Canonical(now), ExpiresUtc = DateTimeFieldKind.Canonical(expires),
        };
        if (await links.ForAsync(tokens.For(survey.Id), cancellationToken) is not { } link)
        {
            logger.LogWarning("No survey for ticket {Ticket}: set the HelpdeskSurvey BaseUrl setting so links can be written outside a web request", ticket.Id);
            return;
        }
        if (!await surveys.AddAsync(survey, cancellationToken)) return;
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(expires, await timeZone.GetAsync(cancellationToken)).DateTime);
        await sender.QueueAsync(mail.Build(await culture.GetAsync(cancellationToken), new SurveyMailModel(recipient, name,
            ticket.Text(HelpdeskModel.Number) ?? "", ticket.Text(HelpdeskModel.Subject) ?? ticket.DisplayText, link, lastDay,
            all.GetValueOrDefault("SiteName")?.ToString())), cancellationToken);
    }

    private async Task<(string? Address, string? Name)> RecipientAsync(ContentItem ticket, CancellationToken cancellationToken)
    {
        if (ticket.Text(HelpdeskModel.Customer) is { } customerId && await content.GetAsync(customerId, cancellationToken: cancellationToken) is { } customer
            && EmailAddresses.Parse(customer.Text("Email")) is { } address)
        {
            return (address.Address, customer.Text("Name") ?? customer.DisplayText);
        }
        if (!await features.IsEnabledAsync(MailFeatures.Email, cancellationToken)) return (null, null);
        return (await inbound.LatestSenderAsync(ticket.Id, cancellationToken), null);
    }
}
