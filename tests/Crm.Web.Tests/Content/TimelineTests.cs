using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class TimelineTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_customer_timeline_merges_its_changes_with_its_activities_newest_first(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await Task.Delay(5);
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "First call", "Customer": "{{customer.Id}}" }""");
        await Task.Delay(5);
        await content.RunAsync(s => s.GetRequiredService<ContentManager>().UpdateAsync(customer.Id, JsonNode.Parse("""{ "Stage": "Prospect" }""")!.AsObject(), 1));
        await Task.Delay(5);
        await content.CreateAsync("Activity", $$"""{ "Subject": "Quote sent", "Customer": "{{customer.Id}}" }""");
        var other = await content.CreateAsync("Customer", """{ "Name": "Other" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Not ours", "Customer": "{{other.Id}}" }""");

        var timeline = await content.RunAsync(s => s.GetRequiredService<ContentTimeline>().ForItemAsync(customer.Id));

        Assert.Equal(["Quote sent", "Updated", "First call", "Created"], timeline.Select(e => e.Detail));
        Assert.Equal([TimelineEntryKind.RelatedItem, TimelineEntryKind.Change, TimelineEntryKind.RelatedItem, TimelineEntryKind.Change], timeline.Select(e => e.Kind));
        Assert.Equal(call.Id, timeline[2].ItemId);
        Assert.Equal("Prospect", timeline[1].Changes!["Customer.Stage"]!["to"]!.GetValue<string>());

        var secondPage = await content.RunAsync(s => s.GetRequiredService<ContentTimeline>().ForItemAsync(customer.Id, limit: 2, offset: 2));
        Assert.Equal(["First call", "Created"], secondPage.Select(e => e.Detail));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_timeline_of_an_unknown_item_says_so(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await Assert.ThrowsAsync<ContentNotFoundException>(() => content.RunAsync(s => s.GetRequiredService<ContentTimeline>().ForItemAsync(Ulid.NewUlid().ToString())));
    }
}
