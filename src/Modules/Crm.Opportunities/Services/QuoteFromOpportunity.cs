using Crm.Core.Settings;
using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Opportunities.Services;

/// <summary>
/// Makes a draft quote of an opportunity in one transaction: its customer, valid for <see cref="ValidDays"/> days, and a
/// copy of each of its lines, numbered in their order. Quotes have lines of their own (QuoteLine) so that a quote, once sent, says what was
/// offered that day while the opportunity's lines go on changing in negotiation.
/// </summary>
public sealed class QuoteFromOpportunity(TenantDb db, ContentManager content, ContentQuery query, TenantCalendar calendar)
{
    public const int ValidDays = 30;
    private static readonly string[] CopiedFields =
        [OpportunityModel.Product, OpportunityModel.Description, OpportunityModel.Quantity, OpportunityModel.UnitPrice, OpportunityModel.DiscountPercent];

    public async Task<ContentItem> CreateAsync(ContentItem opportunity, CancellationToken cancellationToken)
    {
        var lines = LineOrder.Sort((await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = OpportunityModel.OpportunityLine, Filter = FilterText.Parse($"{OpportunityModel.Opportunity}:eq:{opportunity.Id}"),
            First = ContentQueryRequest.MaxPageSize, Count = CountMode.None,
        }, cancellationToken)).Items);
        var validUntil = (await calendar.TodayAsync(cancellationToken)).AddDays(ValidDays);

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var quote = await content.CreateAsync(OpportunityModel.Quote, new JsonObject
        {
            [OpportunityModel.Customer] = opportunity.Text(OpportunityModel.Customer),
            [OpportunityModel.Opportunity] = opportunity.Id,
            [OpportunityModel.ValidUntil] = validUntil.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
        }, cancellationToken: cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var copy = new JsonObject { [OpportunityModel.Quote] = quote.Id, [OpportunityModel.LineNo] = i + 1 };
            foreach (var field in CopiedFields) copy[field] = ItemValues.Of(line, field)?.DeepClone();
            await content.CreateAsync(OpportunityModel.QuoteLine, copy, cancellationToken: cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return await content.GetAsync(quote.Id, cancellationToken: cancellationToken) ?? quote;
    }
}
