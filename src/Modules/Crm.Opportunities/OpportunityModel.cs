namespace Crm.Opportunities;

/// <summary>The names the module's recipe gives its types and fields, for the code that keeps them.</summary>
public static class OpportunityModel
{
    public const string FeatureId = "Crm.Opportunities";

    public const string Product = "Product";
    public const string Opportunity = "Opportunity";
    public const string OpportunityLine = "OpportunityLine";
    public const string SalesOrder = "SalesOrder";
    public const string Revenue = "Revenue";
    public const string Quote = "Quote";
    public const string QuoteLine = "QuoteLine";

    public const string Customer = "Customer";
    public const string Amount = "Amount";
    public const string Stage = "Stage";
    public const string Probability = "Probability";
    public const string WeightedAmount = "WeightedAmount";
    public const string ExpectedCloseDate = "ExpectedCloseDate";
    public const string BillingType = "BillingType";
    public const string TermMonths = "TermMonths";
    public const string ClosedAt = "ClosedAt";
    public const string LostReason = "LostReason";

    public const string Description = "Description";
    public const string Quantity = "Quantity";
    public const string UnitPrice = "UnitPrice";
    public const string DiscountPercent = "DiscountPercent";
    public const string LineTotal = "LineTotal";
    public const string LineNo = "LineNo";

    public const string Number = "Number";

    /// <summary>Quote numbers Q-2026-000001 and order numbers O-2026-000001 (the kernel's document numbers).</summary>
    public const string QuotePrefix = "Q";
    public const string OrderPrefix = "O";
    public const string OrderDate = "OrderDate";
    public const string Status = "Status";
    public const string Month = "Month";
    public const string ValidUntil = "ValidUntil";
    public const string Subtotal = "Subtotal";
    public const string Vat = "Vat";
    public const string Total = "Total";

    /// <summary>The stages that close an opportunity; their probabilities are fixed (a won deal is certain, a lost one is not coming).</summary>
    public const string Won = "Won";
    public const string Lost = "Lost";

    public const string OrderOpen = "Open";
    public const string OrderCancelled = "Cancelled";

    public static bool IsClosed(string? stage) => stage is Won or Lost;
}
