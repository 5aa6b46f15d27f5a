using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <param name="HasSource">A marketing module that knows the costs is enabled; without one there is no figure at all.</param>
/// <param name="Spend">The acquisition spend of the period, per currency.</param>
/// <param name="PerNewCustomer">Spend ÷ new customers, per currency; empty without a source or without new customers.</param>
public sealed record AcquisitionCost(bool HasSource, IReadOnlyList<Money> Spend, IReadOnlyList<Money> PerNewCustomer);
