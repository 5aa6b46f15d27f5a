namespace Crm.Contents.Models.Items;

/// <summary>
/// A field as the form holds it: its values as text (one for most kinds, several for multi-selects and tags) and,
/// for money, the currency. The same shape serves the stored value shown in the form and what the user posted.
/// </summary>
public sealed record PostedField(IReadOnlyList<string> Values, string? Currency = null)
{
    public static readonly PostedField Empty = new([]);

    public string First => Values.Count > 0 ? Values[0] : "";

    public bool SameAs(PostedField other) =>
        Values.SequenceEqual(other.Values, StringComparer.Ordinal) && string.Equals(Currency ?? "", other.Currency ?? "", StringComparison.OrdinalIgnoreCase);
}
