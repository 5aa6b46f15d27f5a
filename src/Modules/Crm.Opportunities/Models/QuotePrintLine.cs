namespace Crm.Opportunities.Models;

/// <summary>A line as printed: what, how many, at what price, less what discount, for how much (amounts already formatted).</summary>
public sealed record QuotePrintLine(string Description, string Quantity, string UnitPrice, string Discount, string LineTotal);
