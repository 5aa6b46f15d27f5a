namespace Crm.EmailCampaigns.Models;

/// <param name="Token">The recipient's token (the page posts back to it).</param>
/// <param name="State">Open (asks to confirm), Done (unsubscribed), Unknown (not a link we sent), or — for a test send's
/// link — Test (asks to confirm, marked as a test) and TestDone (confirmed: nobody was unsubscribed).</param>
/// <param name="Email">The address the mail went to, shown so the reader knows what is unsubscribed.</param>
public sealed record UnsubscribePage(string Token, string State, string? Email)
{
    public const string Open = "Open";
    public const string Done = "Done";
    public const string Unknown = "Unknown";
    public const string Test = "Test";
    public const string TestDone = "TestDone";
}
