using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.GraphQL.Schema;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Crm.Dashboard.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Dashboard.GraphQL.KpiPeriodArguments;

namespace Crm.Campaigns.GraphQL;

/// <summary>
/// <c>campaignRoi(from, to)</c> (ViewCampaigns): the ROI report's figures, from the same service as the screen. The campaign
/// types themselves appear through the generated schema. A bad argument is an INVALID_ARGUMENT error naming it.
/// </summary>
public sealed class CampaignRoiSchemaContributor : IGraphQLSchemaContributor
{
    public string Feature => CampaignModel.FeatureId;

    public void Contribute(GraphQLSchemaParts schema)
    {
        var figure = new ObjectGraphType { Name = "CampaignRoiFigure", Description = "Cost and attributed revenue in one currency (currencies are never converted)." };
        figure.AddField(Field<RoiFigure>("currency", new NonNullGraphType(schema.String), f => f.Currency));
        figure.AddField(Field<RoiFigure>("cost", new NonNullGraphType(schema.Decimal), f => f.Cost));
        figure.AddField(Field<RoiFigure>("revenue", new NonNullGraphType(schema.Decimal), f => f.Revenue));
        figure.AddField(Field<RoiFigure>("roi", schema.Decimal, f => f.Roi, "(revenue − cost) ÷ cost (0.25 = 25 %); null without cost."));

        var line = new ObjectGraphType { Name = "CampaignRoiLine", Description = "One row: a campaign, a channel, a month or a keyword." };
        line.AddField(Field<RoiLine>("key", new NonNullGraphType(schema.String), l => l.Key, "The campaign's id, the channel's value, the month (yyyy-MM) or the keyword."));
        line.AddField(Field<RoiLine>("label", new NonNullGraphType(schema.String), l => l.Label));
        line.AddField(Field<RoiLine>("leads", new NonNullGraphType(schema.Int), l => (int)l.Leads, "Customers sourced (created) in the row's months."));
        line.AddField(Field<RoiLine>("buyers", new NonNullGraphType(schema.Int), l => (int)l.Buyers, "Different sourced customers with attributed revenue in the row's months."));
        line.AddField(Field<RoiLine>("clicks", schema.Int, l => (int?)l.Clicks));
        line.AddField(Field<RoiLine>("impressions", schema.Int, l => (int?)l.Impressions));
        line.AddField(Field<RoiLine>("figures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(figure))), l => l.Figures));
        var lines = new NonNullGraphType(new ListGraphType(new NonNullGraphType(line)));

        var keyword = new ObjectGraphType { Name = "CampaignKeywordRoi", Description = "Keyword-ad cost and attributed revenue of one keyword in one month." };
        keyword.AddField(Field<KeywordRoiLine>("month", new NonNullGraphType(schema.String), k => k.Month, "yyyy-MM."));
        keyword.AddField(Field<KeywordRoiLine>("keyword", new NonNullGraphType(schema.String), k => k.Keyword));
        keyword.AddField(Field<KeywordRoiLine>("line", new NonNullGraphType(line), k => k.Line));

        var report = new ObjectGraphType
        {
            Name = "CampaignRoi",
            Description = "Campaign ROI over whole months in the tenant's time zone. A month's cost: the cost lines of that month. Its revenue: revenue recognised in that month (as in salesKpis) from orders of customers a campaign sourced, dated from the customer's creation day up to the campaign's attribution window later.",
        };
        report.AddField(Field<RoiReport>("from", new NonNullGraphType(schema.Date), r => Day(r.Period.FirstMonth), "The period's first day."));
        report.AddField(Field<RoiReport>("to", new NonNullGraphType(schema.Date), r => Day(r.Period.LastDay), "The period's last day."));
        report.AddField(Field<RoiReport>("total", new NonNullGraphType(line), r => r.Total));
        report.AddField(Field<RoiReport>("byCampaign", lines, r => r.Campaigns));
        report.AddField(Field<RoiReport>("byChannel", lines, r => r.Channels));
        report.AddField(Field<RoiReport>("byMonth", lines, r => r.Months, "Every month of the period, in order."));
        report.AddField(Field<RoiReport>("byKeyword", new NonNullGraphType(new ListGraphType(new NonNullGraphType(keyword))), r => r.Keywords));

        schema.Query.AddField(new FieldType
        {
            Name = "campaignRoi",
            Description = "Campaign ROI by campaign, channel, month and keyword over the months from `from` to `to` (ViewCampaigns); by default the last 12 months, this one included.",
            ResolvedType = new NonNullGraphType(report),
            Arguments = new QueryArguments([.. KpiPeriodArguments.For(schema), new QueryArgument(schema.Id) { Name = "campaign", Description = "One campaign's figures only." }]),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                await GraphQLPermissions.RequireAsync(context, Permissions.ViewCampaigns);
                var period = await KpiPeriodArguments.PeriodAsync(context);
                return await context.RequestServices!.GetRequiredService<RoiReports>().ForAsync(period, context.GetArgument<string?>("campaign"), context.CancellationToken);
            }),
        });
    }
}
