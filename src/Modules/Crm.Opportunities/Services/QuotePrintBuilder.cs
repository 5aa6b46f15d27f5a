using System.Globalization;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>Reads a quote, its customer and its lines for the printable page, with amounts in the reader's culture.</summary>
public sealed class QuotePrintBuilder(ContentManager content, ContentQuery query, SiteSettings settings, TenantTimeZone timeZone)
{
    public async Task<QuotePrintPage> BuildAsync(ContentItem quote, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture;
        var lines = LineOrder.Sort((await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = OpportunityModel.QuoteLine, Filter = FilterText.Parse($"{OpportunityModel.Quote}:eq:{quote.Id}"),
            First = ContentQueryRequest.MaxPageSize, Count = CountMode.None,
        }, cancellationToken)).Items);
        var products = (await content.GetManyAsync(lines.Select(l => l.Text(OpportunityModel.Product)).OfType<string>(), cancellationToken))
            .ToDictionary(p => p.Id, p => p.DisplayText, StringComparer.OrdinalIgnoreCase);
        var customer = quote.Text(OpportunityModel.Customer) is { } customerId ? await content.GetAsync(customerId, cancellationToken: cancellationToken) : null;
        var all = await settings.GetAllAsync(cancellationToken);
        var issuer = QuoteIssuer.From(all.GetValueOrDefault(QuoteIssuer.SettingName), all.GetValueOrDefault("SiteName")?.ToString() ?? "CrmPlatform");
        var issuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(quote.CreatedUtc, await timeZone.GetAsync(cancellationToken)).DateTime);

        return new QuotePrintPage(
            quote.Id,
            quote.Text(OpportunityModel.Number) ?? quote.Id,
            issuedOn,
            quote.Text(OpportunityModel.ValidUntil),
            issuer,
            Party(customer),
            lines.Select(line => new QuotePrintLine(
                line.Text(OpportunityModel.Description) ?? (line.Text(OpportunityModel.Product) is { } id ? products.GetValueOrDefault(id) : null) ?? "",
                (ItemValues.Number(line, OpportunityModel.Quantity) ?? 1).ToString("G29", culture),
                Format(ItemValues.Money(line, OpportunityModel.UnitPrice), culture),
                (ItemValues.Number(line, OpportunityModel.DiscountPercent) ?? 0).ToString("G29", culture) + "%",
                Format(ItemValues.Money(line, OpportunityModel.LineTotal), culture))).ToList(),
            Format(ItemValues.Money(quote, OpportunityModel.Subtotal), culture),
            Format(ItemValues.Money(quote, OpportunityModel.Vat), culture),
            Format(ItemValues.Money(quote, OpportunityModel.Total), culture));
    }

    private static QuotePrintParty Party(ContentItem? customer) => customer is null
        ? new QuotePrintParty("", null, null, null, null, null)
        : new QuotePrintParty(customer.Text(CustomerModel.Name) ?? customer.DisplayText, customer.Text("Company"), customer.Text("BusinessNumber"),
            customer.Text("Address"), customer.Text("Phone") ?? customer.Text("Mobile"), customer.Text("Email"));

    private static string Format(Money? money, CultureInfo culture) => money?.Format(culture) ?? "-";
}
