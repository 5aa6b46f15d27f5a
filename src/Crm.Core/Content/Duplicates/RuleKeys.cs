using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Duplicates;

/// <summary>The keys one item has under one rule: the normalised e-mails or phones of its fields, the joined exact key, or the normalised name.</summary>
internal static class RuleKeys
{
    /// <param name="value">A field's value: a string, a number, or null.</param>
    public static IReadOnlyList<string> Of(DuplicateRuleDefinition rule, IReadOnlyList<ContentFieldReference> fields, Func<ContentFieldReference, object?> value)
    {
        switch (rule.Kind)
        {
            case DuplicateRuleKind.Email:
            case DuplicateRuleKind.Phone:
                var keys = new List<string>(fields.Count);
                foreach (var field in fields)
                {
                    var text = value(field) as string;
                    var key = rule.Kind == DuplicateRuleKind.Email ? DuplicateKeys.Email(text) : DuplicateKeys.Phone(text);
                    if (key is not null && !keys.Contains(key)) keys.Add(key);
                }
                return keys;
            case DuplicateRuleKind.Exact:
                var parts = new string[fields.Count];
                for (var i = 0; i < fields.Count; i++)
                {
                    if (DuplicateKeys.Exact(value(fields[i])) is not { } part) return [];
                    parts[i] = part;
                }
                // The unit separator cannot appear in typed text, so ("a b", "c") and ("a", "b c") stay apart.
                return [string.Join('\u001f', parts)];
            default:
                return DuplicateKeys.Name(value(fields[0]) as string) is { } name ? [name] : [];
        }
    }

    /// <summary>The key as shown to people (exact keys joined with " | ").</summary>
    public static string Display(string key) => key.Replace("\u001f", " | ", StringComparison.Ordinal);
}
