using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Customers;

namespace Crm.Grades.Rules;

/// <summary>
/// Binds the rules to the tenant's Customer type through the kernel's query compiler (unknown fields, operators that do
/// not suit a field and bad values are its errors), after checking the syntax and that each grade is an option of the
/// Customer's Grade field. Every problem names the rule's position and name.
/// </summary>
public sealed class GradeRuleCompiler(ContentQuery query, ContentDefinitionManager definitions)
{
    public async Task<(IReadOnlyList<CompiledGradeRule> Rules, IReadOnlyList<GradeRuleProblem> Problems)> CompileAsync(
        GradeRuleSet set, IReadOnlyDictionary<string, decimal?> parameters, CancellationToken cancellationToken)
    {
        var problems = set.SyntaxProblems().ToList();
        if (problems.Count > 0) return ([], problems);

        var defs = await definitions.GetAsync(cancellationToken);
        var grades = GradeOptions.Of(defs);
        var compiled = new List<CompiledGradeRule>();
        for (var i = 0; i < set.Rules.Count; i++)
        {
            var rule = set.Rules[i];
            if (grades is null)
            {
                problems.Add(new(i + 1, rule.Name, "the Customer type has no Grade field"));
                continue;
            }
            if (!grades.Contains(rule.Grade, StringComparer.Ordinal))
            {
                problems.Add(new(i + 1, rule.Name, $"Grade: '{rule.Grade}' is not an option of the Customer's Grade field; options: {string.Join(", ", grades)}"));
                continue;
            }
            var filter = GradeParameters.Apply(FilterText.Parse(rule.Filter), parameters);
            try
            {
                var request = new ContentQueryRequest { ContentType = CustomerModel.Customer, Filter = filter, OrderBy = ["Id"], First = 1, Count = CountMode.None };
                compiled.Add(new CompiledGradeRule(rule, i + 1, filter, await query.CompileAsync(request, cancellationToken)));
            }
            catch (FilterException e)
            {
                problems.AddRange(e.Errors.Select(error => new GradeRuleProblem(i + 1, rule.Name, $"Filter: {error.Path}: {error.Message}")));
            }
        }
        return (problems.Count == 0 ? compiled : [], problems);
    }
}
