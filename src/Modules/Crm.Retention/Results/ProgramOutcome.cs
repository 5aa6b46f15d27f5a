namespace Crm.Retention.Results;

/// <summary>
/// A program's outcome over its enrolments: the contacted members against the holdout (not contacted).
/// Lift = (contacted response rate − holdout response rate) ÷ holdout response rate; null ("—") when the holdout is empty or
/// none of it responded (nothing to divide by).
/// </summary>
public sealed record ProgramOutcome(string Program, int WindowDays, GroupFigures Contacted, GroupFigures Holdout)
{
    public double? Lift => Contacted.ResponseRate is { } contacted && Holdout.ResponseRate is { } holdout && holdout > 0
        ? (contacted - holdout) / holdout
        : null;
}
