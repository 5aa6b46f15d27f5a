using System.Globalization;

namespace Crm.Core.Content.Queries;

/// <summary>How many items match: exact, or (capped) at least <see cref="Value"/>, shown as "10,000+".</summary>
public sealed record ContentCount(long Value, bool IsExact)
{
    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture) + (IsExact ? "" : "+");
}
