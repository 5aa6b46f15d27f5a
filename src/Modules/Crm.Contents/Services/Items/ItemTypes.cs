using Crm.Core.Content.Definitions;
using Crm.Core.Content.Translations;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Finds the type a screen URL names; only listable types have screens. The definitions come as the viewer's language
/// reads them (translated names, hints and option labels; the same names and stored values).
/// </summary>
public sealed class ItemTypes(LocalizedDefinitions definitions)
{
    public async Task<(ContentDefinitions Definitions, ContentTypeDefinition Type)?> ListableAsync(string name, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return defs.FindType(name) is { Settings.Listable: true } type ? (defs, type) : null;
    }
}
