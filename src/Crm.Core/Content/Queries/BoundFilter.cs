namespace Crm.Core.Content.Queries;

/// <summary>A filter checked against a type: fields resolved, values converted to what SQL compares.</summary>
internal abstract record BoundFilter;

internal sealed record BoundAnd(IReadOnlyList<BoundFilter> Conditions) : BoundFilter;

internal sealed record BoundOr(IReadOnlyList<BoundFilter> Conditions) : BoundFilter;

internal sealed record BoundNot(BoundFilter Condition) : BoundFilter;

/// <param name="Values">Canonical values: string, decimal or bool; one for most operators, several for in, one bool for isNull.</param>
internal sealed record BoundComparison(FilterTarget Target, FilterOperator Operator, IReadOnlyList<object> Values) : BoundFilter;
