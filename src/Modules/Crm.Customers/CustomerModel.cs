namespace Crm.Customers;

/// <summary>The names the Customers module's recipe gives its types and fields, for the code that keeps them (and for other CRM modules).</summary>
public static class CustomerModel
{
    public const string Customer = "Customer";
    public const string Account = "Account";
    public const string StageChange = "StageChange";

    public const string Name = "Name";
    public const string Stage = "Stage";
    public const string Grade = "Grade";
    public const string LastActivityAt = "LastActivityAt";
    public const string FirstPurchaseAt = "FirstPurchaseAt";
    public const string LastPurchaseAt = "LastPurchaseAt";
    public const string LifetimeRevenue = "LifetimeRevenue";
    public const string ContactDueAt = "ContactDueAt";

    /// <summary>The stages in their forward order: a move to a later one is forward, to an earlier one backward (win-back).</summary>
    public static readonly IReadOnlyList<string> Stages = ["Target", "Prospect", "Customer"];

    public static readonly IReadOnlyList<string> Grades = ["VIP", "A", "B", "C"];
}
