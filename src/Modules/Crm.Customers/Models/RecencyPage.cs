namespace Crm.Customers.Models;

/// <param name="Values">"Stage.Grade" → the text in the box (what was posted, or the stored days).</param>
/// <param name="Errors">"Stage.Grade" → what is wrong with that box, in the user's language.</param>
public sealed record RecencyPage(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string? Notice)
{
    public static string Key(string stage, string grade) => $"{stage}.{grade}";
}
