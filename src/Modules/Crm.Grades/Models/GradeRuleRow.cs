namespace Crm.Grades.Models;

/// <summary>One row of the rules form as typed, with its problems.</summary>
public sealed record GradeRuleRow(string Name, string Grade, string Filter, IReadOnlyList<string> Problems);
