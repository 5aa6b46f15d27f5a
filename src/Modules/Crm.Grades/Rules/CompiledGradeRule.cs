using Crm.Core.Content.Queries;

namespace Crm.Grades.Rules;

/// <summary>A rule bound to the Customer type: its SQL condition (type predicate and filter) with its parameters, and its filter with the sweep's figures in it.</summary>
public sealed record CompiledGradeRule(GradeRule Rule, int Position, FilterNode Filter, CompiledContentQuery Query);
