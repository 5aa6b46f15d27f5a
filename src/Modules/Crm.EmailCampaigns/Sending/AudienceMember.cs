using Crm.Core.Content.Store;
using Crm.Email.Services;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// What materialising keeps of an audience's customer — the recipient row's values and the creation order — so a large
/// audience is held as these small records rather than as whole items.
/// </summary>
/// <param name="Address">The parsed e-mail address, or null when the customer has no usable one.</param>
/// <param name="Skip">Why the customer gets no mail whatever the others' addresses (<see cref="AudienceMaterializer.SkipReason"/>), or null.</param>
public sealed record AudienceMember(string Id, DateTimeOffset CreatedUtc, string? Address, string? Name, string? Skip)
{
    private const int MaxName = 200;

    public static AudienceMember Of(ContentItem customer)
    {
        var address = EmailAddresses.Parse(customer.Text(EmailCampaignModel.CustomerEmail))?.Address;
        var name = customer.Text(EmailCampaignModel.CustomerName) ?? customer.DisplayText;
        return new AudienceMember(customer.Id, customer.CreatedUtc, address, name is { Length: > MaxName } ? name[..MaxName] : name,
            AudienceMaterializer.SkipReason(customer, address));
    }

    /// <summary>Oldest first; ties (one instant) by id, so the order is total.</summary>
    public static int InCreationOrder(AudienceMember a, AudienceMember b)
    {
        var byTime = a.CreatedUtc.CompareTo(b.CreatedUtc);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }
}
