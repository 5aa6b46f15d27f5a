namespace Crm.Opportunities.Models;

/// <summary>The customer a quote is addressed to, as printed.</summary>
public sealed record QuotePrintParty(string Name, string? Company, string? BusinessNumber, string? Address, string? Phone, string? Email);
