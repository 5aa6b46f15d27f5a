using System.Globalization;
using System.Text;

namespace Crm.GraphQL.Schema;

/// <summary>How content names become GraphQL names: camelCase fields, English plurals for list fields, SCREAMING_SNAKE enum values.</summary>
internal static class GraphQLNames
{
    /// <summary>"LastActivityAt" → "lastActivityAt", "VIPLevel" → "vipLevel", "ID" → "id".</summary>
    public static string Camel(string name)
    {
        if (name.Length == 0) return name;
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper])) upper++;
        if (upper == 0) return name;
        // Keep the last capital of a run when a lower-case letter follows: it starts the next word ("VIPLevel" → "vip" + "Level").
        if (upper > 1 && upper < name.Length && char.IsLower(name[upper])) upper--;
        return name[..upper].ToLowerInvariant() + name[upper..];
    }

    /// <summary>"Customer" → "Customers", "Activity" → "Activities", "Address" → "Addresses", "Day" → "Days".</summary>
    public static string Plural(string name)
    {
        if (name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(char.ToLowerInvariant(name[^2]))) return name[..^1] + "ies";
        if (name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal))
        {
            return name + "es";
        }
        return name + "s";
    }

    /// <summary>
    /// A choice value as an enum value: "Prospect" → "PROSPECT", "InProgress" → "IN_PROGRESS", "one-off" → "ONE_OFF",
    /// "3days" → "_3DAYS". A value with no Latin letters or digits (e.g. Korean) becomes "OPTION_{n}" (n from 1).
    /// </summary>
    public static string EnumValue(string value, int index)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(value[i - 1]) || (i + 1 < value.Length && char.IsLower(value[i + 1]) && char.IsUpper(value[i - 1])));
                if (wordStart && builder.Length > 0 && builder[^1] != '_') builder.Append('_');
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }
        var name = builder.ToString().Trim('_');
        if (name.Length == 0) return "OPTION_" + (index + 1).ToString(CultureInfo.InvariantCulture);
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }
}
