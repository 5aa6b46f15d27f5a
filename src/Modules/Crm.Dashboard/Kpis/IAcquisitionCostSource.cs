using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>
/// What winning customers cost, from a module that knows it (a marketing or campaigns module: its campaigns' costs). The
/// customer acquisition cost KPI divides it by the new customers of the period; without an enabled source the KPI says it
/// needs marketing instead of guessing. Register with <c>services.AddAcquisitionCostSource&lt;T&gt;()</c>.
/// </summary>
public interface IAcquisitionCostSource
{
    /// <summary>The feature that provides the costs: the source counts for a tenant only while it is enabled there.</summary>
    string Feature { get; }

    /// <summary>The acquisition spend from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), one amount per currency.</summary>
    Task<IReadOnlyList<Money>> CostsAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);
}
