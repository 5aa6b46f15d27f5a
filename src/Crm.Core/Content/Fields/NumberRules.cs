using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

internal static class NumberRules
{
    public static IEnumerable<string> ValidateSettings(FieldSettings settings)
    {
        if (settings.Min > settings.Max) yield return $"Min ({settings.Min}) is greater than Max ({settings.Max})";
    }

    public static FieldResult Check(decimal number, FieldSettings settings)
    {
        if (number < settings.Min) return FieldResult.Fail(FieldMessages.TooSmall, settings.Min);
        if (number > settings.Max) return FieldResult.Fail(FieldMessages.TooLarge, settings.Max);
        return FieldResult.Ok(JsonValue.Create(number));
    }
}
