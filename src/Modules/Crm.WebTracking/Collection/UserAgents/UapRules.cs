using YamlDotNet.RepresentationModel;

namespace Crm.WebTracking.Collection.UserAgents;

/// <summary>
/// The three ordered rule lists of uap-core's <c>regexes.yaml</c> (user_agent_parsers, os_parsers, device_parsers),
/// read with YamlDotNet. A file without the three lists, or with an entry that has no regex, is refused with the list
/// and entry named.
/// </summary>
public sealed class UapRules
{
    private UapRules(IReadOnlyList<UapRule> browsers, IReadOnlyList<UapRule> systems, IReadOnlyList<UapRule> devices) =>
        (Browsers, Systems, Devices) = (browsers, systems, devices);

    public IReadOnlyList<UapRule> Browsers { get; }
    public IReadOnlyList<UapRule> Systems { get; }
    public IReadOnlyList<UapRule> Devices { get; }

    public IEnumerable<UapRule> All => Browsers.Concat(Systems).Concat(Devices);

    public static UapRules Load(string path)
    {
        using var reader = File.OpenText(path);
        var yaml = new YamlStream();
        yaml.Load(reader);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) throw Invalid(path, "the file holds no mapping");
        return new UapRules(List(root, "user_agent_parsers", path), List(root, "os_parsers", path), List(root, "device_parsers", path));
    }

    private static List<UapRule> List(YamlMappingNode root, string name, string path)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(name), out var node) || node is not YamlSequenceNode entries || entries.Children.Count == 0)
            throw Invalid(path, $"'{name}' is missing or empty");
        var rules = new List<UapRule>(entries.Children.Count);
        foreach (var (entry, index) in entries.Children.Select((e, i) => (e, i)))
        {
            if (entry is not YamlMappingNode fields) throw Invalid(path, $"{name}[{index}] is not a mapping");
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in fields.Children)
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v }) values[k] = v;
            if (!values.Remove("regex", out var pattern) || pattern.Length == 0) throw Invalid(path, $"{name}[{index}] has no regex");
            var ignoreCase = values.Remove("regex_flag", out var flag) && flag == "i";
            rules.Add(new UapRule(pattern, ignoreCase, values));
        }
        return rules;
    }

    private static InvalidDataException Invalid(string path, string problem) => new($"{path} is not a uap-core regexes.yaml: {problem}.");
}
