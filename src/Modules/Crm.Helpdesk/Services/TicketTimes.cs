using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;

namespace Crm.Helpdesk.Services;

/// <summary>The times the helpdesk keeps on a ticket, read from and written as canonical UTC text.</summary>
internal static class TicketTimes
{
    public static DateTimeOffset? Parse(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? Before(ContentPreparing item, string field) => Parse(item.Before?.Text(field));

    public static JsonNode? Json(DateTimeOffset? instant) => instant is { } at ? JsonValue.Create(DateTimeFieldKind.Canonical(at)) : null;

    /// <summary>Keeps a field the module derives, when the type (still) has it: admins may remove fields in the type editor.</summary>
    public static void Keep(ContentPreparing item, string field, JsonNode? value)
    {
        if (item.HasField(field)) item.Set(field, value);
    }
}
