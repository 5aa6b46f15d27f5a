using Crm.Core.Modules;
using Crm.Workflows.Activities;

namespace Crm.Workflows.Runtime;

/// <summary>The activity types of every module, by name; a tenant sees those whose feature it has enabled.</summary>
public sealed class ActivityRegistry(IEnumerable<IWorkflowActivity> activities)
{
    private readonly Dictionary<string, IWorkflowActivity> _byType = activities.ToDictionary(a => a.Descriptor.Type, StringComparer.OrdinalIgnoreCase);

    public IWorkflowActivity? Find(string type) => _byType.GetValueOrDefault(type);

    public IEnumerable<IWorkflowActivity> All => _byType.Values.OrderBy(a => a.Descriptor.Category).ThenBy(a => a.Descriptor.DisplayName);

    /// <summary>The activities the current tenant may use: their module's feature is enabled.</summary>
    public async Task<IReadOnlyList<IWorkflowActivity>> AvailableAsync(FeatureManager features, CancellationToken cancellationToken)
    {
        var available = new List<IWorkflowActivity>();
        foreach (var activity in All)
        {
            if (await features.IsEnabledAsync(activity.Descriptor.Feature, cancellationToken)) available.Add(activity);
        }
        return available;
    }
}
