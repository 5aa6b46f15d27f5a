using System.Text.Json.Nodes;
using Crm.Core.Content;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Customers;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Dapper;

namespace Crm.Grades.Sweep;

/// <summary>
/// Grades the customers of one id range: one statement per rule finds the range's customers it matches (its filter's SQL
/// over the indexed expressions), the first matching rule wins, and only customers whose grade differs are written —
/// through the content manager, so the grade change has its version, its history entry and its GradeChange (and starts
/// the workflows listening for it). A customer no rule matches keeps the grade it has.
/// </summary>
public sealed class GradeAssigner(TenantDb db, ContentManager content, GradeChangeReason reason)
{
    /// <returns>How many customers' grades changed.</returns>
    public async Task<int> AssignAsync(IReadOnlyList<CompiledGradeRule> rules, RfmFields fields, string after, string upto, CancellationToken cancellationToken)
    {
        var range = "id > @rangeAfter AND id <= @rangeUpto";
        var current = await db.QueryAsync<(string Id, int Version, string? Grade)>(
            $"SELECT id, version, {fields.GradeExpression} FROM content_items WHERE {ContentExpressions.TypePredicate(CustomerModel.Customer)} AND {range}",
            new { rangeAfter = after, rangeUpto = upto }, cancellationToken);
        var target = new Dictionary<string, CompiledGradeRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var parameters = new DynamicParameters(rule.Query.Parameters);
            parameters.Add("rangeAfter", after);
            parameters.Add("rangeUpto", upto);
            foreach (var id in await db.QueryAsync<string>($"SELECT id FROM content_items WHERE {rule.Query.Where} AND {range}", parameters, cancellationToken))
            {
                target.TryAdd(id, rule);
            }
        }

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
}
