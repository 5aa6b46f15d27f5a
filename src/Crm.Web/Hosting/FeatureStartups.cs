using Crm.Core.Modules;

namespace Crm.Web.Hosting;

/// <summary>One instance of every module's <see cref="FeatureStartup"/>, with the feature it belongs to.</summary>
public sealed class FeatureStartups(FeatureCatalog catalog)
{
    public IReadOnlyList<(string? Feature, FeatureStartup Instance)> All { get; } = catalog.TypesOf<FeatureStartup>()
        .Select(t => (catalog.FeatureOf(t), (FeatureStartup)Activator.CreateInstance(t)!))
        .ToList();

    /// <summary>Maps each startup's endpoints in a group tagged with its feature, so disabled features answer 404.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        foreach (var (feature, startup) in All)
        {
            var group = endpoints.MapGroup("");
            if (feature is not null) group.WithMetadata(new RequiredFeatureMetadata(feature));
            startup.MapEndpoints(group);
        }
    }
}
