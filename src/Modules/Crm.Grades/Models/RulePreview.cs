namespace Crm.Grades.Models;

/// <summary>How many customers a rule would grade now: those it matches that no earlier rule matched.</summary>
public sealed record RulePreview(int Position, string Rule, string Grade, long Customers);
