using Crm.Core.Content.Queries;
using Crm.Customers;
using Crm.Grades.Models;

namespace Crm.Grades.Rules;

/// <summary>
/// The figures of /admin/grades and the rules preview, each one GROUP BY or count over the indexed expressions
/// (<see cref="ContentAggregates"/>): customers per grade, buying customers per recency and frequency score, and how many
/// customers each rule would grade — its matches minus those of the rules before it.
/// </summary>
public sealed class GradeDistribution(ContentAggregates aggregates)
{
    public async Task<IReadOnlyList<GradeCount>> GradesAsync(CancellationToken cancellationToken) =>
        (await aggregates.GroupAsync(CustomerModel.Customer, null, CustomerModel.Grade, cancellationToken: cancellationToken))
            .Select(r => new GradeCount(r.Key, r.Count)).ToList();

    public async Task<RfmGrid> GridAsync(CancellationToken cancellationToken)
    {
        var groups = await aggregates.GroupByAsync(CustomerModel.Customer, FilterText.Parse($"{GradeModel.RfmRecency}:isNull:false"),
            [GradeModel.RfmRecency, GradeModel.RfmFrequency], cancellationToken: cancellationToken);
        return new RfmGrid(groups
            .Where(g => Score(g.Keys[0]) is not null && Score(g.Keys[1]) is not null)
            .GroupBy(g => (Score(g.Keys[0])!.Value, Score(g.Keys[1])!.Value))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    /// <returns>Per rule the customers it would grade, and how many no rule matches (they keep their grade).</returns>
    public async Task<(IReadOnlyList<RulePreview> Rules, long Unmatched)> PreviewAsync(IReadOnlyList<CompiledGradeRule> rules, CancellationToken cancellationToken)
    {
        var previews = new List<RulePreview>();
        var earlier = new List<FilterNode>();
        foreach (var rule in rules)
        {
            var first = new FilterAnd([rule.Filter, .. earlier.Select(e => (FilterNode)new FilterNot(e))]);
            previews.Add(new RulePreview(rule.Position, rule.Rule.Name, rule.Rule.Grade, await CountAsync(first, cancellationToken)));
            earlier.Add(rule.Filter);
        }
        var unmatched = await CountAsync(new FilterAnd(earlier.Select(e => (FilterNode)new FilterNot(e)).ToList()), cancellationToken);
        return (previews, unmatched);
    }

    private async Task<long> CountAsync(FilterNode filter, CancellationToken cancellationToken) =>
        (await aggregates.GroupByAsync(CustomerModel.Customer, filter, [], cancellationToken: cancellationToken)).Sum(g => g.Count);

    // SQLite groups the REAL expression as "5.0", PostgreSQL the numeric as "5".
    private static int? Score(string? key) =>
        decimal.TryParse(key, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? (int)n : null;
}
