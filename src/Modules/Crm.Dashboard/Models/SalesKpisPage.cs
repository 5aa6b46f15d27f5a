using Crm.Dashboard.Kpis;

namespace Crm.Dashboard.Models;

/// <param name="Error">Why the asked-for period was not taken (the default period is shown instead); null when it was.</param>
public sealed record SalesKpisPage(SalesKpiReport Report, string? Error);
