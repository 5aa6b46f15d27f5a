namespace Crm.Grades.Models;

/// <summary>How many customers have a grade (null: none).</summary>
public sealed record GradeCount(string? Grade, long Customers);
