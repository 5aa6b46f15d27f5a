namespace Crm.EmailCampaigns.Sending;

/// <summary>Why a recipient was skipped (stored in English; the screens translate them).</summary>
public static class SkipReasons
{
    public const string NoAddress = "no email address";
    public const string OptedOut = "opted out of marketing email";
    public const string DuplicateAddress = "the same address is already a recipient";
    public const string CustomerGone = "the customer was deleted";
    public const string Cancelled = "the campaign was cancelled";
}
