using System.Security.Claims;
using Crm.Core.Modules;

namespace Crm.Core.Navigation;

/// <summary>The dashboard cards a user sees: those of enabled features that are visible to the user, in position order.</summary>
public sealed class DashboardWidgets(IEnumerable<IDashboardWidget> widgets, FeatureCatalog catalog, FeatureManager features)
{
    public async Task<IReadOnlyList<IDashboardWidget>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var visible = new List<IDashboardWidget>();
        foreach (var widget in widgets.OrderBy(w => w.Position))
        {
            if (catalog.FeatureOf(widget.GetType()) is { } feature && !enabled.Contains(feature)) continue;
            if (await widget.IsVisibleAsync(user, cancellationToken)) visible.Add(widget);
        }
        return visible;
    }
}
