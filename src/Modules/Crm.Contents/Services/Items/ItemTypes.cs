using Crm.Core.Content.Definitions;

namespace Crm.Contents.Services.Items;

/// <summary>Finds the type a screen URL names; only listable types have screens.</summary>
public sealed class ItemTypes(ContentDefinitionManager definitions)
{
    public async Task<(ContentDefinitions Definitions, ContentTypeDefinition Type)?> ListableAsync(string name, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return defs.FindType(name) is { Settings.Listable: true } type ? (defs, type) : null;
    }
}
