namespace Crm.Core.Content.Queries;

/// <summary>
/// One problem in a query. <see cref="Path"/> is a JSON path relative to the query, e.g. "$.Filter.and[0].field",
/// "$.OrderBy[1]" or "$.After"; the URL form reports the path of the equivalent JSON form.
/// </summary>
public sealed record FilterError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
