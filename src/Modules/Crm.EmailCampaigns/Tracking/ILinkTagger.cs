using Crm.Core.Content.Store;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// Query parameters another feature adds to every link target of a campaign's mail (e.g. utm_campaign), so the site the
/// reader lands on can tell where they came from. Register as scoped services.
/// </summary>
public interface ILinkTagger
{
    Task<IReadOnlyDictionary<string, string>> ParametersAsync(ContentItem campaign, CancellationToken cancellationToken);
}
