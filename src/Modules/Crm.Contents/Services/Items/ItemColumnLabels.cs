using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Items;

/// <summary>The names the screens show for the item's metadata columns (list headers, filter builder).</summary>
public static class ItemColumnLabels
{
    public static string Label(IStringLocalizer<ContentScreensText> text, string column) => column.ToLowerInvariant() switch
    {
        "displaytext" => text["Name"],
        "createdutc" => text["Created"],
        "modifiedutc" => text["Modified"],
        "owner" => text["Owner"],
        _ => text["Id"],
    };
}
