using System.Text.Json.Nodes;
using Crm.Contents.Services.Items;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Core.Tenants;
using Crm.Customers;
using Crm.WebTracking.Collection;
using Crm.WebTracking.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking.Forms;

/// <summary>
/// A visitor's submitted form becomes a lead: a Customer created through the content manager (so the type's validation,
/// preparers and workflow triggers apply) in the form's stage with source Web, or, when the type's duplicate rules match
/// an existing customer by email, phone or an exact key, that customer. Either way the visitor's page views are linked
/// to it, and the attribution fields are filled from the visitor's first touch. A filled honeypot and a flood are
/// refused before anything is read; invalid values come back per field and nothing is stored.
/// </summary>
public sealed class LeadCapture(TenantDb db, TenantScope scope, ContentManager content, ContentDefinitionManager definitions, DuplicateFinder duplicates,
    ItemFormBinder binder, TenantTimeZone timeZone, PageViewStore views, LeadAttribution attribution, IHitRateLimiter limiter, TimeProvider clock,
    IStringLocalizer<ContentText> fieldText)
{
    public const string HoneypotField = "company_website";
    public const int SubmissionsPerIp = 10;
    public const int SubmissionsPerVisitor = 5;
    public static readonly TimeSpan SubmissionWindow = TimeSpan.FromMinutes(10);

    public async Task<FormSubmission> SubmitAsync(WebFormSpec form, IFormCollection posted, string? visitorId, System.Net.IPAddress? ip, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(posted[HoneypotField].ToString())) return new FormSubmission(FormSubmissionOutcome.Trapped);
        var tenant = scope.Tenant.Name;
        var visitor = HitLimits.IsId(visitorId) ? visitorId : null;
        if ((ip is not null && !await limiter.TryHitAsync(new RateKey(tenant, "form-ip", ip.ToString()), SubmissionsPerIp, SubmissionWindow))
            || (visitor is not null && !await limiter.TryHitAsync(new RateKey(tenant, "form-visitor", visitor), SubmissionsPerVisitor, SubmissionWindow)))
        {
            return new FormSubmission(FormSubmissionOutcome.TooMany);
        }

        var zone = await timeZone.GetAsync(cancellationToken);
        var values = new JsonObject();
        foreach (var field in form.Fields) values[field.QualifiedName] = binder.ToJson(field, binder.FromForm(field, posted), zone);
        var defs = await definitions.GetAsync(cancellationToken);
        var customer = defs.FindType(CustomerModel.Customer)!;
        values[CustomerModel.Stage] = form.LeadStage;
        if (defs.FindField(customer, WebTrackingModel.CustomerSource) is { } source && source.Field.Settings.Options.Any(o => o.Value == WebTrackingModel.WebSource))
        {
            values[WebTrackingModel.CustomerSource] = WebTrackingModel.WebSource;
        }
        var first = visitor is null ? null : await views.VisitorAsync(visitor, cancellationToken);
        await attribution.AddAsync(defs, customer, first, values, cancellationToken);

        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var match = (await duplicates.FindDuplicatesAsync(CustomerModel.Customer, values, cancellationToken))
                .FirstOrDefault(m => m.Kind != DuplicateRuleKind.NameSimilarity);
            var customerId = match?.Item.Id ?? (await content.CreateAsync(CustomerModel.Customer, values, cancellationToken: cancellationToken)).Id;
            if (visitor is not null) await views.LinkAsync(visitor, customerId, DateTimeFieldKind.Canonical(clock.GetUtcNow()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new FormSubmission(match is null ? FormSubmissionOutcome.Created : FormSubmissionOutcome.MatchedExisting, customerId);
        }
        catch (ContentValidationException invalid)
        {
            return new FormSubmission(FormSubmissionOutcome.Invalid) { Errors = ErrorsOf(form, invalid) };
        }
    }

    /// <summary>The errors by the form's input names; an error about a field the form does not show goes under "" (shown above the form).</summary>
    private Dictionary<string, string> ErrorsOf(WebFormSpec form, ContentValidationException invalid)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var error in invalid.Errors)
        {
            var field = form.Fields.FirstOrDefault(f => string.Equals(f.QualifiedName, error.Field, StringComparison.OrdinalIgnoreCase)
                                                        || string.Equals(f.Field.Name, error.Field, StringComparison.OrdinalIgnoreCase));
            var key = field?.QualifiedName ?? "";
            var message = error.Problem.Localize(fieldText);
            errors[key] = errors.TryGetValue(key, out var before) ? $"{before} {message}" : message;
        }
        return errors;
    }
}
