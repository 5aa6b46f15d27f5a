using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Crm.GraphQL.Execution;

/// <summary>
/// Depth and complexity limits checked before anything runs, each refused with its own code. Lists count as many times
/// as their first/last argument asks (GraphQL.NET's default impact), so "100 customers with 100 activities each" is
/// refused while "50 customers with 5 activities each" is not.
/// </summary>
internal static class ComplexityLimits
{
    public static IValidationRule Rule(GraphQLOptions options) => new ComplexityValidationRule(new ComplexityOptions
    {
        MaxDepth = options.MaxDepth,
        MaxComplexity = options.MaxComplexity,
        DefaultListImpactMultiplier = 10,
        ValidateComplexityDelegate = context =>
        {
            if (context.Error is null) return Task.CompletedTask;
            context.Error = context.MaxDepth > options.MaxDepth
                ? new ValidationError($"The query is nested {context.MaxDepth} levels deep; at most {options.MaxDepth} are allowed.") { Code = ErrorCodes.MaxDepthExceeded }
                : new ValidationError($"The query would select about {context.TotalImpact:N0} values; at most {options.MaxComplexity:N0} are allowed. Ask for smaller pages or fewer nested lists.")
                    { Code = ErrorCodes.MaxComplexityExceeded };
            return Task.CompletedTask;
        },
    });
}
