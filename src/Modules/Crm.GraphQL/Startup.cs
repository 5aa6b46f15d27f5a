using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Http;
using Crm.GraphQL.Resolvers;
using Crm.GraphQL.Schema;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.GraphQL;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new CrmErrorInfoProvider()));
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLValidationRules>();
        services.AddScoped<TenantSchemaCache>();
        services.AddScoped<GraphQLExecutor>();
        services.AddScoped<GraphQLHttpHandler>();
        services.AddScoped<GraphQLRequestState>();
        services.AddScoped<ErrorTexts>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
