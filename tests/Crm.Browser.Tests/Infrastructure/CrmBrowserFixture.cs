namespace Crm.Browser.Tests.Infrastructure;

/// <summary>A server whose default tenant is made from the crm recipe with its sample data; the sample staff's password is known.</summary>
public sealed class CrmBrowserFixture : BrowserFixture
{
    public const string StaffPassword = "Sample-Staff-Pass1";

    protected override KestrelCrmHost CreateHost() => new("crm", new Dictionary<string, string>
    {
        ["Crm:Samples:Create"] = "true",
        ["Crm:Samples:StaffPassword"] = StaffPassword,
    });
}
