using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Contents;

public sealed class ItemDetailRelationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_detail_page_of_an_item_links_the_items_it_points_at(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}" }""");
        var admin = content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var response = await admin.GetAsync($"/contents/Activity/{call.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"/contents/Customer/{customer.Id}", await response.Content.ReadAsStringAsync());
    }
}
