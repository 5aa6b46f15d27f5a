using Crm.Core.Content.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// The query parameters the taggers add to a campaign's link targets. A parameter the link already has is left as the
/// author wrote it; the fragment stays last. The tagged URL is what the tracked redirect signs and sends the reader to.
/// </summary>
public sealed class LinkTags(IEnumerable<ILinkTagger> taggers)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(ContentItem campaign, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tagger in taggers)
        {
            foreach (var (name, value) in await tagger.ParametersAsync(campaign, cancellationToken)) parameters.TryAdd(name, value);
        }
        return parameters;
    }

    public static string Apply(string url, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.Count == 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url;
        var present = QueryHelpers.ParseQuery(uri.Query);
        var missing = parameters.Where(p => !present.ContainsKey(p.Key)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return missing.Count == 0 ? url : QueryHelpers.AddQueryString(url, missing);
    }
}
