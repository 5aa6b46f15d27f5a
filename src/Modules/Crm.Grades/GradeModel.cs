namespace Crm.Grades;

/// <summary>The names the module's recipe gives its fields and types, for the code that keeps them.</summary>
public static class GradeModel
{
    public const string GradeChange = "GradeChange";

    public const string RfmRecency = "RfmRecency";
    public const string RfmFrequency = "RfmFrequency";
    public const string RfmMonetary = "RfmMonetary";
    public const string RfmScore = "RfmScore";
    public const string RfmTotal = "RfmTotal";
    public const string PurchasesLast12Months = "PurchasesLast12Months";
    public const string AverageBasket = "AverageBasket";

    public const string Customer = "Customer";
    public const string FromGrade = "FromGrade";
    public const string ToGrade = "ToGrade";
    public const string Direction = "Direction";
    public const string Rule = "Rule";
    public const string Reason = "Reason";

    /// <summary>Directions of a grade change: up or down the configured rank order, a first grade, or no rule matching any more.</summary>
    public const string Up = "Up";
    public const string Down = "Down";
    public const string First = "First";
    public const string Cleared = "Cleared";
}
