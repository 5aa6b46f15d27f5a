namespace Crm.Campaigns;

/// <summary>The names the module's recipe gives its types and fields, for the code that reads and keeps them.</summary>
public static class CampaignModel
{
    public const string FeatureId = "Crm.Campaigns";

    public const string Campaign = "Campaign";
    public const string CampaignCost = "CampaignCost";
    public const string CampaignMember = "CampaignMember";

    public const string Name = "Name";
    /// <summary>The utm_campaign value that identifies the campaign in links and tracking; unique per tenant.</summary>
    public const string Code = "Code";
    public const string Channel = "Channel";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";
    public const string Budget = "Budget";
    public const string Status = "Status";
    /// <summary>The name of a saved query of customers.</summary>
    public const string Audience = "Audience";
    public const string AttributionWindowDays = "AttributionWindowDays";

    public const string CostCampaign = "Campaign";
    public const string Month = "Month";
    public const string Amount = "Amount";
    public const string Note = "Note";
    public const string Keyword = "Keyword";
    public const string Clicks = "Clicks";
    public const string Impressions = "Impressions";

    public const string MemberCustomer = "Customer";
    public const string MemberStatus = "Status";
    public const string RespondedAt = "RespondedAt";
    public const string Response = "Response";
    public const string Member = "Member";
    public const string Responded = "Responded";

    /// <summary>Fields this module adds to the Customer type.</summary>
    public const string SourceCampaign = "SourceCampaign";
    public const string SourceKeyword = "SourceKeyword";

    /// <summary>The channel whose costs come per keyword from the ad platform's CSV.</summary>
    public const string KeywordAd = "KeywordAd";

    public const int DefaultAttributionWindowDays = 90;
}
