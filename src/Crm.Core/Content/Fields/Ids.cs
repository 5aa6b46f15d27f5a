using System.Text.Json.Nodes;

namespace Crm.Core.Content.Fields;

/// <summary>Item and user ids are ULIDs (26 characters, Crockford base 32).</summary>
internal static class Ids
{
    public static bool IsUlid(string text) => text.Length == 26 && Ulid.TryParse(text, out _);

    public static FieldResult Normalize(JsonNode value, bool multiple, bool users)
    {
        var ids = JsonValues.Strings(value);
        if (ids is null || (!multiple && (ids.Count != 1 || value is JsonArray)))
        {
            return FieldResult.Fail(multiple
                ? users ? FieldMessages.MustBeUserList : FieldMessages.MustBeItemList
                : users ? FieldMessages.MustBeOneUser : FieldMessages.MustBeOneItem);
        }
        var bad = ids.FirstOrDefault(id => !IsUlid(id.Trim()));
        if (bad is not null) return FieldResult.Fail(users ? FieldMessages.NotAUserId : FieldMessages.NotAnItemId, bad);
        var canonical = ids.Select(id => id.Trim().ToUpperInvariant()).Distinct().ToList();
        return FieldResult.Ok(multiple ? JsonValues.Array(canonical) : JsonValue.Create(canonical[0]));
    }
}
