using Microsoft.Extensions.Localization;

namespace Crm.Core.Content;

/// <summary>
/// The <c>IStringLocalizer&lt;ContentText&gt;</c> every screen translates content refusals with (item form, board, bulk
/// actions, quick log): the engine's texts first, then those of the modules that registered <see cref="FieldProblemTexts"/>,
/// so a module preparer's own message ("cannot be changed once the campaign has started sending") shows in the user's
/// language wherever the engine's messages do.
/// </summary>
public sealed class ContentTextLocalizer(IStringLocalizerFactory factory, IEnumerable<FieldProblemTexts> modules) : IStringLocalizer<ContentText>
{
    private readonly IStringLocalizer _engine = factory.Create(typeof(ContentText));
    private readonly IReadOnlyList<IStringLocalizer> _modules = modules.Select(m => factory.Create(m.Resource)).ToList();

    public LocalizedString this[string name] => Find(localizer => localizer[name]);

    public LocalizedString this[string name, params object[] arguments] => Find(localizer => localizer[name, arguments]);

    /// <summary>The engine's own texts (the modules' are listed by their own localizers).</summary>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _engine.GetAllStrings(includeParentCultures);

    private LocalizedString Find(Func<IStringLocalizer, LocalizedString> lookup)
    {
        var engine = lookup(_engine);
        if (!engine.ResourceNotFound) return engine;
        foreach (var module in _modules)
        {
            var found = lookup(module);
            if (!found.ResourceNotFound) return found;
        }
        return engine;
    }
}
