namespace Crm.Opportunities.Models;

/// <summary>Everything the printable quote shows, amounts formatted in the reader's culture.</summary>
public sealed record QuotePrintPage(
    string QuoteId,
    string Number,
    DateOnly IssuedOn,
    string? ValidUntil,
    QuoteIssuer Issuer,
    QuotePrintParty Customer,
    IReadOnlyList<QuotePrintLine> Lines,
    string Subtotal,
    string Vat,
    string Total);
