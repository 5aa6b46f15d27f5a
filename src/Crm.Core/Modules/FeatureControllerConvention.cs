using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Crm.Core.Modules;

/// <summary>Tags every module controller's endpoints with the feature it belongs to.</summary>
public sealed class FeatureControllerConvention(FeatureCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        if (catalog.FeatureOf(controller.ControllerType) is not { } feature) return;
        foreach (var selector in controller.Actions.SelectMany(a => a.Selectors)) selector.EndpointMetadata.Add(new RequiredFeatureMetadata(feature));
    }
}
