using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Contents;

public sealed class ItemDetailNamesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_detail_page_names_the_owner_and_the_people_in_the_timeline(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        var created = await admin.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new", new() { ["Customer.Name"] = "Acme", ["Customer.Stage"] = "Target" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(created.Headers.Location!.OriginalString));

        Assert.Matches(@"Owner</dt>\s*<dd[^>]*>admin ", page);
        Assert.Matches(@"· admin</span>", page);
        Assert.DoesNotMatch(new Regex(@"· 01[0-9A-Z]{24}</span>"), page);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_korean_phone_number_is_shown_in_its_usual_form(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        var created = await admin.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new",
            new() { ["Customer.Name"] = "Acme", ["Customer.Stage"] = "Target", ["Customer.Phone"] = "+82 10 1234 5678" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(created.Headers.Location!.OriginalString));

        Assert.Contains("010-1234-5678", page);
    }
}
