using System.Text.Json.Nodes;
using Crm.Core.Content.Store;

namespace Crm.Opportunities.Services;

internal static class PreparingExtensions
{
    /// <summary>Derives a field's value when the type still has the field: admins may remove a field the module keeps, and then there is nothing to keep.</summary>
    public static void SetIfField(this ContentPreparing item, string field, JsonNode? value)
    {
        if (item.HasField(field)) item.Set(field, value);
    }
}
