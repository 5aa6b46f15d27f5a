using Crm.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds a module's fields to every tenant's schema where the contributor's feature is enabled.</summary>
    public static IServiceCollection AddGraphQLSchemaContributor<T>(this IServiceCollection services) where T : class, IGraphQLSchemaContributor =>
        services.AddScoped<IGraphQLSchemaContributor, T>();
}
