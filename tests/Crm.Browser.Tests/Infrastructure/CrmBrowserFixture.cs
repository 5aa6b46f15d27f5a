namespace Crm.Browser.Tests.Infrastructure;

/// <summary>A server whose default tenant is made from the crm recipe with its sample data; the sample staff's password is known.</summary>
public sealed class CrmBrowserFixture : BrowserFixture
{
    public const string StaffPassword = "Sample-Staff-Pass1";

    /// <summary>The admin's API key, for what arrives through the API (e.g. a mail relay posting to the helpdesk).</summary>
    public const string AdminApiKey = "browser-tests-admin-api-key-0001";

    protected override KestrelCrmHost CreateHost() => new("crm", new Dictionary<string, string>
    {
        ["Crm:Samples:Create"] = "true",
        ["Crm:Samples:StaffPassword"] = StaffPassword,
        ["Crm:Admin:ApiKey"] = AdminApiKey,
    });
}
