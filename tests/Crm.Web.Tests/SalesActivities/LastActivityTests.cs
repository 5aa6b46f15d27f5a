using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.SalesActivities;

/// <summary>A customer's last activity is the latest completed activity with it, whatever happens to its activities.</summary>
public sealed class LastActivityTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completing_deleting_and_moving_activities_keep_the_customers_last_activity_and_next_contact_date(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "Kim", "Stage": "Prospect", "Grade": "A" }""");
        var lee = await crm.CreateAsync("Customer", """{ "Name": "Lee", "Stage": "Prospect", "Grade": "A" }""");

        var planned = await crm.CreateAsync("Activity", $$"""{ "Subject": "Demo", "Kind": "Meeting", "DueAt": "2026-11-25T01:00:00Z", "Customer": "{{kim.Id}}" }""");
        Assert.Null((await crm.GetAsync(kim.Id)).Text("LastActivityAt")); // planned is not done

        await crm.CreateAsync("Activity", $$"""{ "Subject": "Call last week", "Kind": "Call", "Status": "Done", "DoneAt": "2026-11-16T02:00:00Z", "Customer": "{{kim.Id}}" }""");
        Assert.Equal("2026-11-16T02:00:00.0000000Z", (await crm.GetAsync(kim.Id)).Text("LastActivityAt"));
        Assert.Equal("2026-11-23T02:00:00.0000000Z", (await crm.GetAsync(kim.Id)).Text("ContactDueAt"));

        crm.Clock.Advance(TimeSpan.FromHours(3));
        var demo = await crm.UpdateAsync(planned, """{ "Status": "Done" }"""); // marked done now: its time is filled in
        Assert.Equal("2026-11-23T03:00:00.0000000Z", demo.Text("DoneAt"));
        Assert.Equal("2026-11-23T03:00:00.0000000Z", (await crm.GetAsync(kim.Id)).Text("LastActivityAt"));

        await crm.UpdateAsync(demo, $$"""{ "Customer": "{{lee.Id}}" }"""); // it was Lee's meeting after all
        Assert.Equal("2026-11-16T02:00:00.0000000Z", (await crm.GetAsync(kim.Id)).Text("LastActivityAt"));
        Assert.Equal("2026-11-23T03:00:00.0000000Z", (await crm.GetAsync(lee.Id)).Text("LastActivityAt"));

        await crm.RunAsync(async s =>
        {
            var manager = s.GetRequiredService<Crm.Core.Content.Store.ContentManager>();
            var current = await manager.GetAsync(demo.Id);
            return await manager.DeleteAsync(demo.Id, current!.Version);
        });
        Assert.Null((await crm.GetAsync(lee.Id)).Text("LastActivityAt"));
        Assert.Equal("2026-11-30T00:00:00.0000000Z", (await crm.GetAsync(lee.Id)).Text("ContactDueAt")); // back to "never contacted": creation + 7 days
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_last_activity_is_kept_by_the_system_not_typed_on_the_customer_form_or_through_the_API(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "Kim", "Stage": "Prospect" }""");
        var admin = await crm.AdminAsync();

        var form = await admin.GetStringAsync($"/contents/Customer/{kim.Id}/edit");
        Assert.DoesNotContain("name=\"Customer.LastActivityAt\"", form);
        Assert.DoesNotContain("name=\"Customer.ContactDueAt\"", form);
        Assert.Contains("name=\"Customer.Name\"", form);
        var detail = await admin.GetStringAsync($"/contents/Customer/{kim.Id}");
        Assert.Contains("Next contact due", detail); // shown, just not editable

        var schema = await admin.GetStringAsync("/api/graphql?query=" + Uri.EscapeDataString("{ __type(name: \"CustomerUpdateInput\") { inputFields { name } } }"));
        Assert.Contains("\"name\"", schema);
        Assert.DoesNotContain("lastActivityAt", schema);
    }
}
