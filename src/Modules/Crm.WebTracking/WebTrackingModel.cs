namespace Crm.WebTracking;

/// <summary>The names the module's recipe gives its settings, its form type and the Customer fields it writes, for the code that keeps them.</summary>
public static class WebTrackingModel
{
    public const string FeatureId = "Crm.WebTracking";

    /// <summary>Tenant setting: the website origins (scheme://host[:port]) whose pages may be tracked and embed the forms.</summary>
    public const string AllowedOriginsSetting = "WebTrackingAllowedOrigins";

    /// <summary>Tenant setting: true (the default) stores IPs with the last IPv4 octet zeroed, IPv6 cut to its /48.</summary>
    public const string AnonymizeIpSetting = "WebTrackingAnonymizeIp";

    /// <summary>Tenant setting: page views older than this many days are purged (default 395: a year and a month of comparison).</summary>
    public const string RetentionDaysSetting = "WebTrackingRetentionDays";

    /// <summary>Tenant setting: the path of a MaxMind GeoIP2/GeoLite2 City or Country database (.mmdb); empty: no regions.</summary>
    public const string GeoIpDatabaseSetting = "WebTrackingGeoIpDatabase";

    /// <summary>An embeddable web-to-lead form: which Customer fields it asks for and the stage its leads start in.</summary>
    public const string WebForm = "WebForm";
    public const string Title = "Title";
    public const string Fields = "Fields";
    public const string LeadStage = "LeadStage";
    public const string ThankYou = "ThankYou";

    // The Customer fields a lead gets (Crm.Customers) ...
    public const string CustomerSource = "Source";
    public const string WebSource = "Web";

    // ... and the attribution fields Crm.Campaigns adds; written only when the Customer type has them.
    public const string SourceKeyword = "SourceKeyword";
    public const string SourceCampaign = "SourceCampaign";
    public const string Campaign = "Campaign";
    public const string CampaignCode = "Code";
}
