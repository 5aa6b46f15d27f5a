namespace Crm.Grades.Models;

/// <summary>/admin/grades/rules: the rules form, the grades to choose from, problems, a preview and a notice.</summary>
public sealed record GradeRulesPage(
    IReadOnlyList<GradeRuleRow> Rows,
    string SweepHour,
    IReadOnlyList<string> GradeOptions,
    IReadOnlyList<string> Problems,
    IReadOnlyList<RulePreview>? Preview,
    long? Ungraded,
    decimal? TenantAverage,
    string Currency,
    string? Notice);
