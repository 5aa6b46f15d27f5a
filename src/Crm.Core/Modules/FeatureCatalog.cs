using System.Reflection;

namespace Crm.Core.Modules;

/// <summary>
/// Every module and feature the host knows, in dependency order. Built once at start-up; a missing
/// dependency or a cycle stops the host with a message that names the features involved.
/// </summary>
public sealed class FeatureCatalog
{
    private readonly Dictionary<string, FeatureInfo> _features;
    private readonly Dictionary<Assembly, ModuleInfo> _modulesByAssembly;

    public FeatureCatalog(IReadOnlyList<ModuleInfo> modules, IReadOnlyList<FeatureInfo> features)
    {
        var duplicate = features.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Feature '{duplicate.Key}' is declared by more than one module: {string.Join(", ", duplicate.Select(f => f.Module.Id))}.");
        }

        _features = features.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var feature in features)
        {
            foreach (var dependency in feature.Dependencies.Where(d => !_features.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on '{dependency}', which no module declares.");
            }
        }

        Modules = modules;
        Features = FeatureOrder.Sort(features, id => _features[id]);
        _modulesByAssembly = modules.ToDictionary(m => m.Assembly);
    }

    /// <summary>The catalog of the modules declared (Manifest.cs attributes) in these assemblies.</summary>
    public static FeatureCatalog FromAssemblies(IEnumerable<Assembly> moduleAssemblies)
    {
        var modules = new List<ModuleInfo>();
        var features = new List<FeatureInfo>();
        foreach (var assembly in moduleAssemblies.Distinct())
        {
            var moduleAttribute = assembly.GetCustomAttribute<ModuleAttribute>()
                ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' has no [assembly: Module] in its Manifest.cs.");
            var module = new ModuleInfo(moduleAttribute.Id, moduleAttribute.Name, moduleAttribute.Description, assembly);
            modules.Add(module);
            features.AddRange(assembly.GetCustomAttributes<FeatureAttribute>().Select(f => new FeatureInfo(
                f.Id, f.Name, f.Description, f.Category, f.Dependencies, f.AlwaysEnabled, f.DefaultTenantOnly, module)));
        }
        return new FeatureCatalog(modules, features);
    }

    public IReadOnlyList<ModuleInfo> Modules { get; }

    /// <summary>All features, each after its dependencies.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    public FeatureInfo? Find(string id) => _features.GetValueOrDefault(id);

    public FeatureInfo Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"Unknown feature '{id}'.");

    /// <summary>The given features plus everything they depend on, each after its dependencies.</summary>
    public IReadOnlyList<FeatureInfo> WithDependencies(IEnumerable<string> ids)
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(ids);
        while (pending.TryPop(out var id))
        {
            if (wanted.Add(Get(id).Id))
            {
                foreach (var dependency in _features[id].Dependencies) pending.Push(dependency);
            }
        }
        return Features.Where(f => wanted.Contains(f.Id)).ToList();
    }

    /// <summary>The features that (directly or not) depend on the given one.</summary>
    public IReadOnlyList<FeatureInfo> Dependents(string id)
    {
        var dependents = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Get(id).Id };
        foreach (var feature in Features)
        {
            if (feature.Dependencies.Any(dependents.Contains)) dependents.Add(feature.Id);
        }
        dependents.Remove(id);
        return Features.Where(f => dependents.Contains(f.Id)).ToList();
    }

    /// <summary>
    /// The feature a type belongs to: its [ForFeature], else its module's main feature.
    /// Null for kernel types, which are always on.
    /// </summary>
    public string? FeatureOf(Type type)
    {
        var explicitFeature = type.GetCustomAttribute<ForFeatureAttribute>();
        if (explicitFeature is not null) return Get(explicitFeature.FeatureId).Id;
        return _modulesByAssembly.TryGetValue(type.Assembly, out var module) ? Get(module.Id).Id : null;
    }

    /// <summary>Concrete types in module assemblies that derive from or implement <typeparamref name="T"/>.</summary>
    public IEnumerable<Type> TypesOf<T>() =>
        Modules.SelectMany(m => m.Assembly.GetExportedTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(T).IsAssignableFrom(t));
}
