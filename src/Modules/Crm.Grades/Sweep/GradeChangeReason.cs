namespace Crm.Grades.Sweep;

/// <summary>
/// Why the grade being written changes (scoped): the sweep names the rule that matched; any other change (a form, an import,
/// the API) leaves it empty and the history says so.
/// </summary>
public sealed class GradeChangeReason
{
    public string? Rule { get; set; }
    public string? Text { get; set; }
}
