using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Shows stored values in the user's culture: dates and times in the tenant's time zone, money with its currency,
/// choices by label, Korean phone numbers in their usual form, users and related items by name (from the page's
/// <see cref="ItemNames"/>); other text as stored.
/// </summary>
public sealed class ItemValueFormatter(ItemFormBinder binder, IStringLocalizer<ContentScreensText> text)
{
    public string Format(ContentFieldReference field, JsonNode? value, TimeZoneInfo zone, ItemNames? names = null)
    {
        if (value is null) return "";
        var culture = CultureInfo.CurrentCulture;
        switch (binder.KindOf(field))
        {
            case "Number" when FormJson.TryNumber(value, out var number):
                return number.ToString("#,0.##########", culture);
            case "Money" when value is JsonObject money && money["Amount"] is { } amount && FormJson.TryNumber(amount, out var sum):
                return $"{sum.ToString("#,0.##", culture)} {money["Currency"]}".Trim();
            case "Boolean":
                return value.GetValueKind() == JsonValueKind.True ? text["Yes"] : text["No"];
            case "Date" when DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date.ToString("d", culture);
            case "DateTime" when DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant):
                return Instant(instant, zone);
            case "Phone":
                return PhoneDisplay.Format(value.ToString());
            case "UserPicker" when names is not null:
                return string.Join(", ", binder.FromStored(field, value, zone).Values.Select(names.User));
            case "ContentPicker" when names is not null:
                return string.Join(", ", binder.FromStored(field, value, zone).Values.Select(names.Item));
            case "Choice":
                return string.Join(", ", binder.FromStored(field, value, zone).Values
                    .Select(v => field.Field.Settings.Options.FirstOrDefault(o => o.Value == v)?.Label ?? v));
            default:
                return string.Join(", ", binder.FromStored(field, value, zone).Values);
        }
    }

    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A list value from a timeline diff or a metadata column, which may not be a field.</summary>
    public string FormatAny(ContentFieldReference? field, JsonNode? value, TimeZoneInfo zone, ItemNames? names = null) =>
        field is not null ? Format(field, value, zone, names) : value?.ToString() ?? "";
}
