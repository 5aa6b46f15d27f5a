namespace Crm.Workflows.Activities;

/// <summary>Outcome names activities share.</summary>
public static class Outcomes
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
    public const string Failed = "Failed";
    public const string Iterate = "Iterate";
    public const string TimedOut = "TimedOut";
    public const string Default = "Default";
}
