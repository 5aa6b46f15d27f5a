using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Customers;

/// <summary>A customer typed twice is caught on the form (same mobile, email or business number), and duplicates merge from the customer's page.</summary>
public sealed class CustomerDuplicatesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_a_customer_with_a_known_mobile_shows_the_match_and_saves_only_when_asked(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "김민준", "Mobile": "010-1234-5678" }""");
        var admin = await crm.AdminAsync();
        var form = await admin.GetStringAsync("/contents/Customer/new");
        (string, string)[] fields = [("Customer.Name", "Kim Minjun"), ("Customer.Mobile", "01012345678"), ("Customer.Stage", "Target"), ("Customer.Kind", "Person")];

        var warned = await admin.PostAsync("/contents/Customer/new", CrmRecipeHost.Form(form, fields));
        var page = await warned.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("id=\"possible-duplicates\"", page);
        Assert.Contains($"/contents/Customer/{kim.Id}", page);
        Assert.Single(await crm.ItemsAsync("Customer")); // nothing saved yet

        var saved = await admin.PostAsync("/contents/Customer/new", CrmRecipeHost.Form(page, [.. fields, ("ignoreDuplicates", "true")]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, (await crm.ItemsAsync("Customer")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merging_a_duplicate_keeps_one_customer_with_the_others_activities(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var keep = await crm.CreateAsync("Customer", """{ "Name": "Acme", "BusinessNumber": "123-45-67890" }""");
        var copy = await crm.CreateAsync("Customer", """{ "Name": "ACME Corp", "BusinessNumber": "123-45-67890", "Email": "buyer@acme.example" }""");
        var call = await crm.CreateAsync("Activity", $$"""{ "Subject": "Call", "Kind": "Call", "Customer": "{{copy.Id}}" }""");
        var admin = await crm.AdminAsync();

        var detail = await admin.GetStringAsync($"/contents/Customer/{keep.Id}");
        Assert.Contains("id=\"possible-duplicates\"", detail);
        Assert.Contains("ACME Corp", detail);
        var merged = await admin.PostAsync($"/contents/Customer/{keep.Id}/merge", CrmRecipeHost.Form(detail, ("version", "1"), ("mergeId", copy.Id)));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal([keep.Id], (await crm.ItemsAsync("Customer")).Select(c => c.Id));
        Assert.Equal("buyer@acme.example", (await crm.GetAsync(keep.Id)).Text("Email")); // an empty field filled from the duplicate
        Assert.Equal(keep.Id, (await crm.GetAsync(call.Id)).Text("Customer"));
        var stale = await admin.PostAsync($"/contents/Customer/{keep.Id}/merge", CrmRecipeHost.Form(detail, ("version", "1"), ("mergeId", copy.Id)));
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode); // the duplicate is in the recycle bin now
    }
}
