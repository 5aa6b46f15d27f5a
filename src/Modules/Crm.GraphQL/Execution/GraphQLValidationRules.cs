using GraphQL.Validation;
using GraphQL.Validation.Rules;
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Execution;

/// <summary>
/// The rule sets a request is validated with, built once: the full set for a new document, and for a document already
/// validated against the same schema (<see cref="ValidatedDocuments"/>) only the rules whose outcome depends on the
/// request's variables.
/// </summary>
public sealed class GraphQLValidationRules
{
    public GraphQLValidationRules(IOptions<GraphQLOptions> options)
    {
        var limits = new ComplexityLimits(options.Value);
        Full = [.. DocumentValidator.CoreRules, limits];
        PerRequest = [FieldArgumentsAreValidRule.Instance, limits];
    }

    /// <summary>The specification's rules and our depth and complexity limits.</summary>
    public IReadOnlyList<IValidationRule> Full { get; }

    /// <summary>
    /// Argument validators and the complexity limits: both read argument values, which variables supply (first: $n).
    /// Variables themselves are coerced and checked by the validator whatever the rules.
    /// </summary>
    public IReadOnlyList<IValidationRule> PerRequest { get; }
}
