namespace Crm.Core.Content.Queries;

/// <summary>One ORDER BY entry: its resolved target, direction and SQL expression.</summary>
internal sealed record SortKey(FilterTarget Target, bool Descending, string Expression)
{
    public string Signature => Target.Name + (Descending ? " desc" : "");
}
