using System.Text.Json.Nodes;

namespace Crm.Core.Content.Queries;

/// <summary>
/// One test of a field: "Field", "Part.Field", a metadata column ("ModifiedUtc") or one relation hop ("Customer.Stage").
/// <paramref name="Value"/> is the JSON value as written (an array for <c>in</c>; text from the URL form).
/// The paths say where the field and the value were written, so errors can point at them.
/// </summary>
public sealed record FilterComparison(string Field, FilterOperator Operator, JsonNode? Value, string FieldPath, string ValuePath) : FilterNode;
