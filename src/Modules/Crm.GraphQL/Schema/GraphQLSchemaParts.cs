using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>The root types a contributor adds fields to, and the schema's one instance of each built-in scalar.</summary>
public sealed class GraphQLSchemaParts
{
    internal GraphQLSchemaParts(ObjectGraphType query, ObjectGraphType mutation, Scalars scalars)
    {
        Query = query;
        Mutation = mutation;
        String = scalars.String;
        Id = scalars.Id;
        Int = scalars.Int;
        Boolean = scalars.Boolean;
        DateTime = scalars.DateTime;
        Date = scalars.Date;
        Decimal = scalars.Decimal;
    }

    public ObjectGraphType Query { get; }
    public ObjectGraphType Mutation { get; }
    public IGraphType String { get; }
    public IGraphType Id { get; }
    public IGraphType Int { get; }
    public IGraphType Boolean { get; }
    public IGraphType DateTime { get; }

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    public IGraphType Date { get; }

    /// <summary>Exact decimals (amounts): no binary rounding.</summary>
    public IGraphType Decimal { get; }
}
