namespace Crm.Retention;

/// <summary>The names the module's recipe gives its types and fields, and the names of the programs it ships.</summary>
public static class RetentionModel
{
    public const string FeatureId = "Crm.Retention";

    public const string Coupon = "Coupon";
    public const string Code = "Code";
    public const string Customer = "Customer";
    public const string Amount = "Amount";
    public const string Percent = "Percent";
    public const string ExpiresAt = "ExpiresAt";
    public const string RedeemedAt = "RedeemedAt";
    public const string Program = "Program";

    /// <summary>The field on Activity that marks a to-do a program made: such activities are the program's own work, not a customer's response.</summary>
    public const string ActivityProgram = "RetentionProgram";

    public const string Activity = "Activity";
    public const string ActivityStatus = "Status";
    public const string ActivityDone = "Done";
    public const string ActivityDoneAt = "DoneAt";
    public const string ActivityCustomer = "Customer";
}
