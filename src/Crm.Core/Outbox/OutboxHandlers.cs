using Crm.Core.Modules;

namespace Crm.Core.Outbox;

/// <summary>
/// The outbox handlers and completion handlers registered in the host, narrowed to the tenant's enabled features
/// (a handler belongs to its module's feature, or to the kernel).
/// </summary>
public sealed class OutboxHandlers(
    IEnumerable<IOutboxHandler> handlers,
    IEnumerable<IOutboxCompletionHandler> completionHandlers,
    FeatureCatalog catalog,
    FeatureManager features)
{
    public async Task<Enabled> EnabledAsync(CancellationToken cancellationToken)
    {
        var enabledFeatures = await features.GetEnabledAsync(cancellationToken);
        bool IsEnabled(object service) => catalog.FeatureOf(service.GetType()) is not { } feature || enabledFeatures.Contains(feature);

        var byKind = new Dictionary<string, IOutboxHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers.Where(IsEnabled))
        {
            if (!byKind.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two outbox handlers for kind '{handler.Kind}': {byKind[handler.Kind].GetType()} and {handler.GetType()}.");
            }
        }
        return new Enabled(byKind, completionHandlers.Where(IsEnabled).ToList());
    }

    /// <summary>The handlers usable in one tenant right now.</summary>
    public sealed class Enabled(IReadOnlyDictionary<string, IOutboxHandler> byKind, IReadOnlyList<IOutboxCompletionHandler> completionHandlers)
    {
        public IOutboxHandler? Handler(string kind) => byKind.GetValueOrDefault(kind);

        public IReadOnlyList<IOutboxCompletionHandler> CompletionHandlers { get; } = completionHandlers;
    }
}
