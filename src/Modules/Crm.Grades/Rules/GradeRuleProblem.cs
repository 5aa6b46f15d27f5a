namespace Crm.Grades.Rules;

/// <summary>What is wrong with one rule: its position (1-based) and name, and the problem (with the character or JSON path of the filter).</summary>
public sealed record GradeRuleProblem(int Position, string Rule, string Message)
{
    public override string ToString() => $"Rule {Position} ({Rule}): {Message}";
}
