using Crm.Dashboard.Kpis;
using Crm.GraphQL.Schema;
using Crm.Opportunities.Models;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Dashboard.GraphQL.KpiPeriodArguments;

namespace Crm.Dashboard.GraphQL;

/// <summary>
/// <c>revenueByMonth(months)</c> and <c>salesKpis(from, to)</c> (ViewTeamDashboard): the same numbers as the cards and the KPI
/// screen, from the same services. A bad argument is an INVALID_ARGUMENT error at the field's path, naming the argument.
/// </summary>
public sealed class SalesKpisSchemaContributor : IGraphQLSchemaContributor
{
    public string Feature => SalesKpisFeature.Id;

    public void Contribute(GraphQLSchemaParts schema)
    {
        var amount = new ObjectGraphType { Name = "CurrencyAmount", Description = "An amount in one currency (amounts in different currencies are never added up)." };
        amount.AddField(Field<Money>("amount", new NonNullGraphType(schema.Decimal), m => m.Amount));
        amount.AddField(Field<Money>("currency", new NonNullGraphType(schema.String), m => m.Currency));
        var amounts = new NonNullGraphType(new ListGraphType(new NonNullGraphType(amount)));

        var month = new ObjectGraphType { Name = "MonthRevenue", Description = "Revenue recognised in one month in one currency." };
        month.AddField(Field<MonthRevenue>("month", new NonNullGraphType(schema.Date), r => Day(r.Month), "The first day of the month."));
        month.AddField(Field<MonthRevenue>("currency", new NonNullGraphType(schema.String), r => r.Currency));
        month.AddField(Field<MonthRevenue>("amount", new NonNullGraphType(schema.Decimal), r => r.Amount));

        var kpis = new ObjectGraphType { Name = "SalesKpis", Description = "The sales KPIs over whole months in the tenant's time zone; null where there is nothing to divide by." };
        kpis.AddField(Field<SalesKpiReport>("from", new NonNullGraphType(schema.Date), k => Day(k.Period.FirstMonth), "The period's first day."));
        kpis.AddField(Field<SalesKpiReport>("to", new NonNullGraphType(schema.Date), k => Day(k.Period.LastDay), "The period's last day."));
        kpis.AddField(Field<SalesKpiReport>("retentionRate", schema.Decimal, k => k.Retention.Rate,
            "Customers with revenue in the previous period (as many months just before) who have revenue again in this one, of all customers with revenue in the previous period (0.5 = 50 %)."));
        kpis.AddField(Field<SalesKpiReport>("retainedCustomers", new NonNullGraphType(schema.Int), k => (int)k.Retention.Part));
        kpis.AddField(Field<SalesKpiReport>("previousCustomers", new NonNullGraphType(schema.Int), k => (int)k.Retention.Whole, "Customers with revenue in the previous period."));
        kpis.AddField(Field<SalesKpiReport>("salesCycleMedianDays", schema.Decimal, k => k.MedianCycleDays, "Median days from creating an opportunity to winning it, over the opportunities won in the period."));
        kpis.AddField(Field<SalesKpiReport>("salesCycleMeanDays", schema.Decimal, k => k.MeanCycleDays));
        kpis.AddField(Field<SalesKpiReport>("wonOpportunities", new NonNullGraphType(schema.Int), k => (int)k.UpSell.Whole));
        kpis.AddField(Field<SalesKpiReport>("upSellRate", schema.Decimal, k => k.UpSell.Rate, "Won up-sell and cross-sell opportunities, of all opportunities won in the period."));
        kpis.AddField(Field<SalesKpiReport>("revenue", amounts, k => k.Revenue, "Revenue recognised in the period, per currency."));
        kpis.AddField(Field<SalesKpiReport>("netNewRevenue", amounts, k => k.NetNewRevenue, "Revenue of the period from customers whose first purchase was in the period, per currency."));
        kpis.AddField(Field<SalesKpiReport>("newCustomers", new NonNullGraphType(schema.Int), k => (int)k.NewCustomers, "Customers whose first purchase was in the period."));
        kpis.AddField(Field<SalesKpiReport>("acquisitionCostAvailable", new NonNullGraphType(schema.Boolean), k => k.AcquisitionCost.HasSource,
            "Whether a marketing module provides acquisition costs; without one the acquisition cost is not known."));
        kpis.AddField(Field<SalesKpiReport>("acquisitionSpend", amounts, k => k.AcquisitionCost.Spend));
        kpis.AddField(Field<SalesKpiReport>("acquisitionCost", amounts, k => k.AcquisitionCost.PerNewCustomer, "Acquisition spend ÷ new customers, per currency; empty when not known or without new customers."));
        kpis.AddField(Field<SalesKpiReport>("lifetimeValue", amounts, k => k.LifetimeValue, "All revenue up to the period's end ÷ the customers it came from, per currency."));

        schema.Query.AddField(new FieldType
        {
            Name = "revenueByMonth",
            Description = "Revenue recognised per month and currency over the last `months` months, this one included (ViewTeamDashboard); months without revenue are absent.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(month))),
            Arguments = new QueryArguments(new QueryArgument(schema.Int) { Name = "months", DefaultValue = KpiPeriod.DefaultMonths, Description = $"1 to {KpiPeriod.MaxMonths}." }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                await GraphQLPermissions.RequireAsync(context, Permissions.ViewTeamDashboard);
                var months = context.GetArgument<int?>("months") ?? KpiPeriod.DefaultMonths;
                if (months is < 1 or > KpiPeriod.MaxMonths) throw KpiPeriodArguments.Invalid("months", $"months must be from 1 to {KpiPeriod.MaxMonths}.");
                var services = context.RequestServices!;
                var period = await services.GetRequiredService<KpiCalendar>().LastMonthsAsync(months, context.CancellationToken);
                return await services.GetRequiredService<RevenueFigures>().ByMonthAsync(period, context.CancellationToken);
            }),
        });
        schema.Query.AddField(new FieldType
        {
            Name = "salesKpis",
            Description = "The sales KPIs over the months from `from` to `to` (ViewTeamDashboard); by default the last 12 months, this one included.",
            ResolvedType = new NonNullGraphType(kpis),
            Arguments = new QueryArguments(KpiPeriodArguments.For(schema)),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                await GraphQLPermissions.RequireAsync(context, Permissions.ViewTeamDashboard);
                var period = await KpiPeriodArguments.PeriodAsync(context);
                return await context.RequestServices!.GetRequiredService<SalesKpis>().ForAsync(period, context.CancellationToken);
            }),
        });
    }
}
