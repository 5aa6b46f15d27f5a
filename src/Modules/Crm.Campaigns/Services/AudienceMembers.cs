using System.Text.Json.Nodes;
using Crm.Campaigns.Models;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Customers;

namespace Crm.Campaigns.Services;

/// <summary>
/// "Add the audience as members": the customers the campaign's saved query finds become members, each once — running it
/// again adds only customers who are new in the audience. One run reads at most <see cref="MaxCustomers"/> customers and
/// writes its members in one transaction (all or none), in batches through the content importer.
/// </summary>
public sealed class AudienceMembers(SavedQueries savedQueries, ContentQuery query, ContentImporter importer)
{
    public const int MaxCustomers = 5000;
    private const int PageSize = 500;

    /// <exception cref="AudienceException">The campaign has no audience, or its saved query no longer lists customers.</exception>
    public async Task<MembersAdded> AddAsync(ContentItem campaign, CancellationToken cancellationToken)
    {
        var name = campaign.Text(CampaignModel.Audience) ?? throw new AudienceException("The campaign has no audience: name a saved query of customers in its Audience field.");
        var saved = await savedQueries.GetAsync(name, cancellationToken) ?? throw new AudienceException("There is no saved query named {0}.", name);
        if (saved.ContentType != CustomerModel.Customer) throw new AudienceException("The saved query {0} lists {1}, not customers.", name, saved.ContentType);

        var audience = new List<string>();
        string? after = null;
        var capped = false;
        do
        {
            var page = await savedQueries.RunAsync(name, PageSize, after, CountMode.None, cancellationToken);
            audience.AddRange(page.Items.Select(i => i.Id));
            after = page.HasMore ? page.NextCursor : null;
            if (audience.Count >= MaxCustomers)
            {
                capped = after is not null || audience.Count > MaxCustomers;
                audience = audience.Take(MaxCustomers).ToList();
                break;
            }
        }
        while (after is not null);

        var added = await AddCustomersAsync(campaign.Id, audience, cancellationToken);
        return new MembersAdded(added, audience.Count - added, capped);
    }

    /// <summary>
    /// Makes the customers members of the campaign, each once: customers who are members already are left as they are.
    /// Other modules that reach a campaign's customers (an email campaign's recipients) add them through this too.
    /// </summary>
    /// <returns>How many became members now.</returns>
    /// <exception cref="ContentValidationException">A member would be refused (a customer gone meanwhile): none is added.</exception>
    public async Task<int> AddCustomersAsync(string campaignId, IReadOnlyCollection<string> customers, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(campaignId, cancellationToken);
        var rows = customers.Distinct(StringComparer.OrdinalIgnoreCase).Where(c => !members.Contains(c))
            .Select(customer => new JsonObject
            {
                [CampaignModel.CostCampaign] = campaignId, [CampaignModel.MemberCustomer] = customer, [CampaignModel.MemberStatus] = CampaignModel.Member,
            })
            .ToList();
        if (rows.Count == 0) return 0;
        // Validated and written in batches of multi-row inserts (an email campaign's whole audience), handlers run per member as on create.
        var result = await importer.ImportAsync(CampaignModel.CampaignMember, rows, new ImportOptions { Mode = ImportMode.AllOrNothing }, cancellationToken);
        if (!result.Succeeded) throw new ContentValidationException(CampaignModel.CampaignMember, result.Errors.Select(e => new ContentFieldError(e.Field, e.Problem)).ToList());
        return result.Created;
    }

    /// <summary>The customers who are members of the campaign already.</summary>
    private async Task<HashSet<string>> MembersAsync(string campaignId, CancellationToken cancellationToken)
    {
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = CampaignModel.CampaignMember, Filter = CampaignFilters.Is(CampaignModel.CostCampaign, FilterOperator.Eq, campaignId),
                OrderBy = ["Id"], First = ContentQueryRequest.MaxPageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            foreach (var member in page.Items) if (member.Text(CampaignModel.MemberCustomer) is { } customer) members.Add(customer);
            after = page.HasMore ? page.NextCursor : null;
        }
        while (after is not null);
        return members;
    }
}
