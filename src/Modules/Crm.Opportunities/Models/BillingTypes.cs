namespace Crm.Opportunities.Models;

/// <summary>How a deal is billed: the option values of the BillingType fields, and what each means for revenue.</summary>
public static class BillingTypes
{
    public const string OneOff = "OneOff";
    public const string Monthly = "Monthly";
    public const string Prepaid = "Prepaid";
    public const string Postpaid = "Postpaid";

    /// <summary>Monthly, prepaid and postpaid deals run for a term of months.</summary>
    public static bool HasTerm(string? billingType) => billingType is Monthly or Prepaid or Postpaid;
}
