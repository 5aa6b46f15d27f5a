namespace Crm.Core.Modules;

/// <summary>Reacts to features being enabled for a tenant, inside the enabling transaction.</summary>
public interface IFeatureEventHandler
{
    /// <param name="firstTime">True the first time the feature is ever enabled for this tenant.</param>
    Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken);
}
