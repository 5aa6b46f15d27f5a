using System.Collections.Specialized;

namespace Crm.WebTracking.Collection;

/// <summary>The campaign tags of a landing page's address (utm_source, utm_medium, utm_campaign, utm_term, utm_content), trimmed and cut.</summary>
public sealed record UtmTags(string? Source, string? Medium, string? Campaign, string? Term, string? Content)
{
    public static readonly UtmTags None = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    public static UtmTags From(NameValueCollection query) => new(
        Tag(query["utm_source"]), Tag(query["utm_medium"]), Tag(query["utm_campaign"]), Tag(query["utm_term"]), Tag(query["utm_content"]));

    private static string? Tag(string? value)
    {
        var text = value?.Split(',')[0].Trim(); // a parameter given twice arrives as "a,b": the first one counts
        return string.IsNullOrEmpty(text) ? null : PageAddress.Cut(text, HitLimits.MaxTagLength);
    }
}
