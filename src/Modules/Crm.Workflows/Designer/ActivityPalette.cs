using System.Text.Json.Nodes;
using Crm.Core.Modules;
using Crm.Workflows.Activities;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Designer;

/// <summary>
/// The activities the tenant may use (their feature is enabled) as the designer's palette and property panel read them:
/// type, category, names, outcomes and each property's editor kind, hint and options (the tenant's roles, say).
/// </summary>
public sealed class ActivityPalette(ActivityRegistry registry, FeatureManager features, IServiceProvider services)
{
    public async Task<IReadOnlyList<IWorkflowActivity>> AvailableAsync(CancellationToken cancellationToken) => await registry.AvailableAsync(features, cancellationToken);

    public async Task<JsonArray> DescribeAsync(IReadOnlyList<IWorkflowActivity> available, CancellationToken cancellationToken)
    {
        var palette = new JsonArray();
        foreach (var activity in available)
        {
            var d = activity.Descriptor;
            var properties = new JsonArray();
            foreach (var p in d.Properties)
            {
                var options = p.Options ?? (activity is IPropertyOptions source ? await source.OptionsAsync(p.Name, services, cancellationToken) : null);
                properties.Add(new JsonObject
                {
                    ["name"] = p.Name, ["kind"] = p.Kind.ToString(), ["hint"] = p.Hint, ["required"] = p.Required,
                    ["options"] = options is null ? null : new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
                });
            }
            palette.Add(new JsonObject
            {
                ["type"] = d.Type, ["category"] = d.Category, ["displayName"] = d.DisplayName, ["description"] = d.Description, ["isTrigger"] = d.IsTrigger,
                ["outcomes"] = new JsonArray(d.Outcomes.Select(o => (JsonNode)o).ToArray()), ["properties"] = properties,
            });
        }
        return palette;
    }
}
