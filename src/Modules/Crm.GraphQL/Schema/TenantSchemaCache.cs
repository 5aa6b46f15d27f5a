using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Modules;
using Crm.Core.Tenants;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>
/// The tenant's schema, built from its content definitions and kept in the tenant's cache: any change to the tenant's
/// definitions or features (recipe, type editor, metadata mutation — on any node) drops it, and the next request builds the new one.
/// </summary>
public sealed class TenantSchemaCache(
    TenantCache cache, ContentDefinitionManager definitions, FieldKinds kinds, FeatureManager features, IEnumerable<IGraphQLSchemaContributor> contributors)
{
    private const string CacheKey = "graphql-schema";

    public async Task<ISchema> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<ISchema>(CacheKey, async ct =>
        {
            var enabled = new List<IGraphQLSchemaContributor>();
            foreach (var contributor in contributors)
            {
                if (await features.IsEnabledAsync(contributor.Feature, ct)) enabled.Add(contributor);
            }
            return new ContentSchemaBuilder(await definitions.GetAsync(ct), kinds, enabled).Build();
        }, cancellationToken);
}
