namespace Crm.Core.Modules;

/// <summary>Topological order of features (dependencies first); a cycle is an error that names it.</summary>
internal static class FeatureOrder
{
    public static IReadOnlyList<FeatureInfo> Sort(IEnumerable<FeatureInfo> features, Func<string, FeatureInfo> lookup)
    {
        var ordered = new List<FeatureInfo>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done
        foreach (var feature in features) Visit(feature, new List<string>());
        return ordered;

        void Visit(FeatureInfo feature, List<string> path)
        {
            if (state.TryGetValue(feature.Id, out var done))
            {
                if (!done) throw new InvalidOperationException($"Feature dependency cycle: {string.Join(" -> ", path.Append(feature.Id))}.");
                return;
            }
            state[feature.Id] = false;
            path.Add(feature.Id);
            foreach (var dependency in feature.Dependencies) Visit(lookup(dependency), path);
            path.RemoveAt(path.Count - 1);
            state[feature.Id] = true;
            ordered.Add(feature);
        }
    }
}
