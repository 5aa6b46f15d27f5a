namespace Crm.SalesActivities;

/// <summary>The names the module's recipe gives the Activity type and its fields.</summary>
public static class ActivityModel
{
    public const string FeatureId = "Crm.SalesActivities";
    public const string Activity = "Activity";

    public const string Subject = "Subject";
    public const string Kind = "Kind";
    public const string Status = "Status";
    public const string DueAt = "DueAt";
    public const string DoneAt = "DoneAt";
    public const string Customer = "Customer";
    public const string Notes = "Notes";
    public const string Outcome = "Outcome";

    public const string Planned = "Planned";
    public const string Done = "Done";
    public const string Cancelled = "Cancelled";

    /// <summary>The kinds the customer page logs in two clicks.</summary>
    public static readonly IReadOnlyList<string> QuickKinds = ["Call", "Meeting"];
}
