namespace Crm.EmailCampaigns;

/// <summary>The names the module's recipe gives its type, fields and statuses, and the Customer consent fields it adds.</summary>
public static class EmailCampaignModel
{
    public const string FeatureId = "Crm.EmailCampaigns";

    public const string EmailCampaign = "EmailCampaign";
    public const string Name = "Name";
    public const string Subject = "Subject";
    public const string Body = "Body";
    public const string Audience = "Audience";
    public const string ScheduledAt = "ScheduledAt";
    public const string RatePerMinute = "RatePerMinute";
    public const string Status = "Status";

    public const string Customer = "Customer";
    public const string CustomerEmail = "Email";
    public const string CustomerName = "Name";

    /// <summary>The customer's consent: true once they unsubscribed; every later send skips them.</summary>
    public const string EmailOptOut = "EmailOptOut";

    public const string EmailOptOutAt = "EmailOptOutAt";

    public const int MaxRatePerMinute = 10_000;
}
