using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Customers;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Dapper;

namespace Crm.Grades.Sweep;

/// <summary>
/// Grades the customers of one id range: one statement reads the range's customers with the first rule each matches (the
/// rules' filter SQL in a CASE), and only customers whose grade differs are written —
/// through the content manager, so the grade change has its version, its history entry and its GradeChange (and starts
/// the workflows listening for it). A customer no rule matches keeps the grade it has.
/// </summary>
public sealed partial class GradeAssigner(TenantDb db, ContentManager content, GradeChangeReason reason)
{
    /// <returns>How many customers' grades changed.</returns>
    public async Task<int> AssignAsync(IReadOnlyList<CompiledGradeRule> rules, RfmFields fields, string after, string upto, CancellationToken cancellationToken)
    {
        var (firstMatch, parameters) = FirstMatch(rules);
        parameters.Add("rangeAfter", after);
        parameters.Add("rangeUpto", upto);
        var rows = await db.QueryAsync<(string Id, int Version, string? Grade, int? Rule)>(
            $"SELECT id, version, {fields.GradeExpression}, {firstMatch} FROM content_items " +
            $"WHERE {CustomerRange.Where("@rangeAfter", "@rangeUpto")}",
            parameters, cancellationToken);
        var target = rows.Where(r => r.Rule is not null).ToDictionary(r => r.Id, r => rules[r.Rule!.Value], StringComparer.Ordinal);
        var current = rows.Select(r => (r.Id, r.Version, r.Grade)).ToList();

        var changes = 0;
        foreach (var (id, version, grade) in current)
        {
            if (!target.TryGetValue(id, out var rule) || rule.Rule.Grade == grade) continue;
            reason.Rule = rule.Rule.Name;
            reason.Text = $"Rule {rule.Position}: {rule.Rule.Name}";
            try
            {
                await content.UpdateAsync(id, new JsonObject { [CustomerModel.Grade] = rule.Rule.Grade }, version, cancellationToken);
                changes++;
            }
            catch (ContentConcurrencyException)
            {
                // Edited since the range was read: the next sweep grades it.
            }
            finally
            {
                reason.Rule = null;
                reason.Text = null;
            }
        }
        return changes;
    }

    /// <summary>
    /// "CASE WHEN rule 1 THEN 0 WHEN rule 2 THEN 1 … END" over the rules' conditions, each rule's parameters renamed apart.
    /// In the select list the conditions are evaluated on the range's rows only: in the WHERE clause a planner might walk a
    /// rule's index over all matching customers for every range.
    /// </summary>
    private static (string Sql, DynamicParameters Parameters) FirstMatch(IReadOnlyList<CompiledGradeRule> rules)
    {
        var parameters = new DynamicParameters();
        if (rules.Count == 0) return ("NULL", parameters);
        var cases = new StringBuilder("CASE");
        for (var i = 0; i < rules.Count; i++)
        {
            var query = rules[i].Query;
            var prefix = $"r{i}_";
            foreach (var name in query.Parameters.ParameterNames) parameters.Add(prefix + name, query.Parameters.Get<object?>(name));
            cases.Append(CultureInfo.InvariantCulture, $" WHEN {ParameterName().Replace(query.Where, m => "@" + prefix + m.Groups[1].Value)} THEN {i}");
        }
        return (cases.Append(" END").ToString(), parameters);
    }

    [GeneratedRegex(@"@(p[0-9]+)\b")]
    private static partial Regex ParameterName();
}
