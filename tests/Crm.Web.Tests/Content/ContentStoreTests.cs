using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ContentStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_type_defined_only_by_a_recipe_stores_canonical_values(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);

        var created = await content.CreateAsync("Customer", """
            { "Name": " 한빛상사 ", "Email": "buyer@hanbit.co.kr", "Grade": "a", "Employees": 120, "LastActivityAt": "2026-11-20T09:30:00+09:00", "Tags": ["VIP", "vip", "seoul"] }
            """);

        var item = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(created.Id));
        Assert.NotNull(item);
        Assert.Equal("한빛상사", item.DisplayText);
        Assert.Equal(1, item.Version);
        Assert.Equal("Target", item.Value("Customer", "Stage")!.GetValue<string>()); // the field's default
        Assert.Equal("A", item.Value("Customer", "Grade")!.GetValue<string>());
        Assert.Equal("2026-11-20T00:30:00.0000000Z", item.Value("Customer", "LastActivityAt")!.GetValue<string>());
        Assert.Equal(["VIP", "seoul"], item.Value("Customer", "Tags")!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_item_read_from_the_store_gives_the_same_values_through_Value_and_Data_and_keeps_changes_to_Data(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var created = await content.CreateAsync("Customer", """{ "Name": "Acme", "Employees": 120.5, "Tags": ["VIP"], "Stage": "Prospect" }""");

        var item = (await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(created.Id)))!;
        var byValue = new[] { "Name", "Employees", "Tags", "Stage", "Email" }.Select(f => item.Value("Customer", f)?.ToJsonString()).ToList();
        var byText = new[] { "Name", "Employees", "Tags", "Stage", "Email" }.Select(item.Text).ToList();
        var data = item.Data;
        var byTextFromData = new[] { "Name", "Employees", "Tags", "Stage", "Email" }.Select(item.Text).ToList();
        var byData = new[] { "Name", "Employees", "Tags", "Stage", "Email" }.Select(f => data["Customer"]?[f]?.ToJsonString()).ToList();
        data["Customer"]!["Name"] = "Acme Korea";

        Assert.Equal(["\"Acme\"", "120.5", "[\"VIP\"]", "\"Prospect\"", null], byValue);
        Assert.Equal(byValue, byData);
        Assert.Equal(["Acme", "120.5", "[\"VIP\"]", "Prospect", null], byText);
        Assert.Equal(byText, byTextFromData);
        Assert.Same(data, item.Data);
        Assert.Equal("Acme Korea", item.Value("Customer", "Name")!.GetValue<string>());
        Assert.Equal(created.CreatedUtc, item.CreatedUtc);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_values_are_refused_field_by_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);

        var failure = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Customer", """
            { "Email": "not-an-email", "Stage": "Lead", "Employees": -3, "Shoe size": 42 }
            """));

        Assert.Equal(
            ["Email: 'not-an-email' is not an e-mail address", "Employees: must be at least 0", "Name: is required",
             "Shoe size: is not a field of Customer", "Stage: 'Lead' is not one of the options (Target, Prospect, Customer)"],
            failure.Errors.Select(e => e.ToString()).Order());
        Assert.Equal(0, await content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_update_changes_only_the_given_fields_and_a_stale_version_is_refused(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var created = await content.CreateAsync("Customer", """{ "Name": "Acme", "Grade": "B" }""");

        var updated = await content.RunAsync(s => s.GetRequiredService<ContentManager>().UpdateAsync(created.Id, JsonNode.Parse("""{ "Customer": { "Stage": "Prospect" } }""")!.AsObject(), 1));
        Assert.Equal(2, updated.Version);
        Assert.Equal("Prospect", updated.Value("Customer", "Stage")!.GetValue<string>());
        Assert.Equal("B", updated.Value("Customer", "Grade")!.GetValue<string>());

        var stale = await Assert.ThrowsAsync<ContentConcurrencyException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentManager>().UpdateAsync(created.Id, JsonNode.Parse("""{ "Grade": "C" }""")!.AsObject(), 1)));
        Assert.Equal(2, stale.ActualVersion);

        var history = await content.RunAsync(s => s.GetRequiredService<ContentHistory>().ForItemAsync(created.Id));
        Assert.Equal([ContentEventKind.Updated, ContentEventKind.Created], history.Select(h => h.Action));
        Assert.Equal("""{"Customer.Stage":{"from":"Target","to":"Prospect"}}""", history[0].Changes.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleted_items_wait_in_the_recycle_bin_until_purged(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var created = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");

        var deleted = await content.RunAsync(s => s.GetRequiredService<ContentManager>().DeleteAsync(created.Id, 1));
        Assert.Null(await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(created.Id)));
        Assert.NotNull((await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(created.Id, includeDeleted: true)))!.DeletedUtc);

        var restored = await content.RunAsync(s => s.GetRequiredService<ContentManager>().RestoreAsync(created.Id, deleted.Version));
        Assert.Null(restored.DeletedUtc);
        Assert.NotNull(await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(created.Id)));

        await Assert.ThrowsAsync<ContentNotFoundException>(() => content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentManager>().PurgeAsync(created.Id); // a live item cannot be purged
            return 0;
        }));
        await content.RunAsync(s => s.GetRequiredService<ContentManager>().DeleteAsync(created.Id, restored.Version));
        await content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentManager>().PurgeAsync(created.Id);
            return 0;
        });
        Assert.Equal(0, await content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_relation_must_point_at_a_live_item_of_an_allowed_type(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}" }""");

        var wrongType = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Activity", $$"""{ "Subject": "Chain", "Customer": "{{call.Id}}" }"""));
        Assert.Contains("is a Activity, not a Customer", wrongType.Errors.Single().ToString());

        var missing = Ulid.NewUlid().ToString();
        var unknown = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Activity", $$"""{ "Subject": "Ghost", "Customer": "{{missing}}" }"""));
        Assert.Contains($"item '{missing}' does not exist", unknown.Errors.Single().ToString());
        Assert.Equal(1, await content.CountAsync("Activity"));
    }
}
