using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Crm.GraphQL.Execution;

/// <summary>
/// Depth and complexity limits checked before anything runs, each refused with its own code. Lists count as many times
/// as their first/last argument asks (GraphQL.NET's default impact), so "100 customers with 100 activities each" is
/// refused while "50 customers with 5 activities each" is not. An operation that only introspects the schema (what
/// GraphiQL and code generators send: 15 levels deep, about 100,000 by the list multipliers) gets the limits
/// <see cref="IntrospectionDepth"/> and <see cref="IntrospectionComplexity"/>: enough for that query, while a recursive
/// introspection (fields of types of fields of ...) that would grow the answer exponentially is still refused.
/// </summary>
internal sealed class ComplexityLimits(GraphQLOptions options) : IValidationRule
{
    public const int IntrospectionDepth = 20;
    public const int IntrospectionComplexity = 250_000;

    private readonly ComplexityValidationRule _rule = Rule(options.MaxDepth, options.MaxComplexity);
    private readonly ComplexityValidationRule _introspection = Rule(Math.Max(options.MaxDepth, IntrospectionDepth), Math.Max(options.MaxComplexity, IntrospectionComplexity));

    private static ComplexityValidationRule Rule(int maxDepth, int maxComplexity) => new(new ComplexityOptions
    {
        MaxDepth = maxDepth,
        MaxComplexity = maxComplexity,
        DefaultListImpactMultiplier = 10,
        ValidateComplexityDelegate = context =>
        {
            if (context.Error is null) return Task.CompletedTask;
            context.Error = context.MaxDepth > maxDepth
                ? new ValidationError($"The query is nested {context.MaxDepth} levels deep; at most {maxDepth} are allowed.") { Code = ErrorCodes.MaxDepthExceeded }
                : new ValidationError($"The query would select about {context.TotalImpact:N0} values; at most {maxComplexity:N0} are allowed. Ask for smaller pages or fewer nested lists.")
                    { Code = ErrorCodes.MaxComplexityExceeded };
            return Task.CompletedTask;
        },
    });

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => For(context).GetPreNodeVisitorAsync(context);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => For(context).GetVariableVisitorAsync(context);

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => For(context).GetPostNodeVisitorAsync(context);

    private ComplexityValidationRule For(ValidationContext context) => IntrospectionOnly(context) ? _introspection : _rule;

    private static bool IntrospectionOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
