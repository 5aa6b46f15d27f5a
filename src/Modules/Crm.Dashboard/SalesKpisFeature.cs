namespace Crm.Dashboard;

/// <summary>The module's second feature: revenue by month and the KPIs, which need the orders and revenue of Crm.Opportunities.</summary>
public static class SalesKpisFeature
{
    public const string Id = "Crm.SalesKpis";
}
