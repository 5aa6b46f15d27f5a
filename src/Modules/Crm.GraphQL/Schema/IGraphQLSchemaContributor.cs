namespace Crm.GraphQL.Schema;

/// <summary>
/// A module's own fields in the tenant's schema (e.g. the workflow operations). Called while the schema is built, only
/// when <see cref="Feature"/> is enabled for the tenant, so a disabled feature's fields are absent.
/// Register with <c>services.AddGraphQLSchemaContributor&lt;T&gt;()</c>.
/// </summary>
public interface IGraphQLSchemaContributor
{
    string Feature { get; }

    void Contribute(GraphQLSchemaParts schema);
}
