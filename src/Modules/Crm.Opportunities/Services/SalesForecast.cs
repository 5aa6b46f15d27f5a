using Crm.Core.Settings;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// The weighted forecast: for each expected close month from this one on, each owner and each currency, the open
/// opportunities' amounts and Σ amount × probability of their stage. One GROUP BY (<see cref="ContentAggregates"/>) sums
/// the amounts per month, owner, stage and currency over the indexed expressions (Stage, ExpectedCloseDate); the current
/// pipeline probabilities are applied per stage afterwards, so a changed probability counts at once.
/// </summary>
public sealed class SalesForecast(ContentAggregates aggregates, ContentDefinitionManager definitions, PipelineSettingsStore pipeline,
    TenantCalendar calendar, IUserDirectory users, ContentAuthorizer authorizer)
{
    public const int DefaultMonths = 6;
    public const int MaxMonths = 24;

    /// <summary>The forecast a user may see, as on the screens: everyone's with the right to view all opportunities, their own with the right to view their own.</summary>
    /// <returns>Null when the user may see no opportunities (or the type is gone).</returns>
    public async Task<UserForecast?> ForUserAsync(ClaimsPrincipal user, int months, CancellationToken cancellationToken)
    {
        if ((await definitions.GetAsync(cancellationToken)).FindType(OpportunityModel.Opportunity) is not { } type) return null;
        var scope = await authorizer.ViewScopeAsync(user, type, cancellationToken);
        if (scope == ContentScope.None) return null;
        var owner = scope == ContentScope.Own ? ContentAuthorizer.UserId(user) : null;
        return new UserForecast(await MonthsAsync(months, cancellationToken), await ForAsync(months, owner, cancellationToken), owner is not null);
    }

    /// <param name="ownerId">Only this owner's opportunities (someone who may see only their own); null for everyone's.</param>
    /// <returns>Rows in month order, then by owner name; none when an admin removed a field the forecast needs.</returns>
    public async Task<IReadOnlyList<ForecastRow>> ForAsync(int months, string? ownerId, CancellationToken cancellationToken)
    {
        var window = await MonthsAsync(months, cancellationToken);
        var open = FilterText.Parse(
            $"{OpportunityModel.ExpectedCloseDate}:gte:{Day(window[0])},{OpportunityModel.ExpectedCloseDate}:lt:{Day(window[^1].AddMonths(1))}," +
            $"not({OpportunityModel.Stage}:in:{OpportunityModel.Won}|{OpportunityModel.Lost}),{OpportunityModel.Amount}:isNull:false");
        var filter = ownerId is null ? open : new FilterAnd([open, new FilterComparison("Owner", FilterOperator.Eq, JsonValue.Create(ownerId), "$.Filter.field", "$.Filter.value")]);
        IReadOnlyList<AggregateGroup> sums;
        try
        {
            sums = await aggregates.GroupByAsync(OpportunityModel.Opportunity, filter,
                [$"{OpportunityModel.ExpectedCloseDate}:month", "Owner", OpportunityModel.Stage, $"{OpportunityModel.Amount}:currency"], OpportunityModel.Amount, cancellationToken);
        }
        catch (FilterException)
        {
            return [];
        }

        var probabilities = await pipeline.GetAsync(cancellationToken);
        var names = await users.NamesAsync(sums.Select(s => s.Keys[1]).OfType<string>().Distinct(), cancellationToken);
        return sums
            .GroupBy(s => (Month: s.Keys[0]!, Owner: s.Keys[1], Currency: s.Keys[3] ?? ""))
            .Select(g =>
            {
                var (month, owner, currency) = g.Key;
                var weighted = g.Sum(s => s.Sum * (probabilities.PercentOf(s.Keys[2]) ?? 0) / 100m);
                return new ForecastRow(DateOnly.ParseExact(month + "-01", DateFieldKind.Format, CultureInfo.InvariantCulture), owner,
                    owner is null ? null : names.GetValueOrDefault(owner), currency, (int)g.Sum(s => s.Count),
                    Money.Round(g.Sum(s => s.Sum), currency), Money.Round(weighted, currency));
            })
            .OrderBy(r => r.Month).ThenBy(r => r.OwnerName ?? r.OwnerId ?? "", StringComparer.CurrentCulture).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The first day of each month the forecast covers: this month (in the tenant's time zone) and the next ones, <paramref name="months"/> in all (1 to <see cref="MaxMonths"/>).</summary>
    public async Task<IReadOnlyList<DateOnly>> MonthsAsync(int months, CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var first = new DateOnly(today.Year, today.Month, 1);
        return Enumerable.Range(0, Math.Clamp(months, 1, MaxMonths)).Select(first.AddMonths).ToList();
    }

    private static string Day(DateOnly day) => day.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
}
