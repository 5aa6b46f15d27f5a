namespace Crm.Grades.Rules;

/// <summary>
/// One grade rule: customers matching <see cref="Filter"/> (the filter language's URL form, which may use the sweep's
/// parameters such as <c>@tenantAverageBasket</c>) get <see cref="Grade"/>, unless an earlier rule matched them.
/// </summary>
public sealed record GradeRule(string Name, string Grade, string Filter);
