using System.Text.Json.Nodes;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class MergeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merge_fills_empty_fields_repoints_relations_and_keeps_both_histories(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var keep = await content.CreateAsync("Customer", """{ "Name": "한빛상사", "Email": "buyer@hanbit.co.kr", "Grade": "A" }""");
        var merge = await content.CreateAsync("Customer", """{ "Name": "(주) 한빛상사", "Phone": "010-1234-5678", "Grade": "B" }""");
        var other = await content.CreateAsync("Customer", """{ "Name": "Zenith" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{merge.Id}}" }""");
        var meeting = await content.CreateAsync("Activity", $$"""{ "Subject": "Meeting", "Customer": "{{other.Id}}", "Participants": ["{{merge.Id}}", "{{other.Id}}", "{{keep.Id}}"] }""");
        var untouched = await content.CreateAsync("Activity", $$"""{ "Subject": "Lunch", "Customer": "{{keep.Id}}" }""");

        var kept = await content.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, 1, merge.Id, 1,
            new Dictionary<string, MergeSide> { ["Grade"] = MergeSide.Merged }));

        Assert.Equal("010-1234-5678", kept.Value("Customer", "Phone")!.GetValue<string>());
        Assert.Equal("buyer@hanbit.co.kr", kept.Value("Customer", "Email")!.GetValue<string>());
        Assert.Equal("B", kept.Value("Customer", "Grade")!.GetValue<string>());
        Assert.Equal("한빛상사", kept.Value("Customer", "Name")!.GetValue<string>());

        var manager = (IServiceProvider s) => s.GetRequiredService<ContentManager>();
        var callNow = await content.RunAsync(s => manager(s).GetAsync(call.Id));
        Assert.Equal(keep.Id, callNow!.Value("Activity", "Customer")!.GetValue<string>());
        Assert.Equal(2, callNow.Version);
        var meetingNow = await content.RunAsync(s => manager(s).GetAsync(meeting.Id));
        Assert.Equal(other.Id, meetingNow!.Value("Activity", "Customer")!.GetValue<string>());
        Assert.Equal([keep.Id, other.Id], meetingNow.Value("Activity", "Participants")!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(1, (await content.RunAsync(s => manager(s).GetAsync(untouched.Id)))!.Version);

        Assert.Null(await content.RunAsync(s => manager(s).GetAsync(merge.Id)));
        Assert.NotNull((await content.RunAsync(s => manager(s).GetAsync(merge.Id, includeDeleted: true)))!.DeletedUtc);

        var keptHistory = await content.RunAsync(s => s.GetRequiredService<ContentHistory>().ForItemAsync(keep.Id));
        Assert.Equal([ContentEventKind.Merged, ContentEventKind.Updated, ContentEventKind.Created], keptHistory.Select(h => h.Action));
        Assert.Equal(merge.Id, keptHistory[0].Changes["MergedFrom"]!["to"]!.GetValue<string>());
        var mergedHistory = await content.RunAsync(s => s.GetRequiredService<ContentHistory>().ForItemAsync(merge.Id));
        Assert.Equal([ContentEventKind.Merged, ContentEventKind.Deleted, ContentEventKind.Created], mergedHistory.Select(h => h.Action));
        var callHistory = await content.RunAsync(s => s.GetRequiredService<ContentHistory>().ForItemAsync(call.Id));
        Assert.Equal("""{"Activity.Customer":{"from":"MERGE","to":"KEEP"}}""".Replace("MERGE", merge.Id).Replace("KEEP", keep.Id), callHistory[0].Changes.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_version_or_an_unknown_field_choice_is_refused_and_nothing_changes(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var keep = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var merge = await content.CreateAsync("Customer", """{ "Name": "Acme Inc", "Email": "a@acme.com" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{merge.Id}}" }""");
        await content.RunAsync(s => s.GetRequiredService<ContentManager>().UpdateAsync(merge.Id, JsonNode.Parse("""{ "Grade": "C" }""")!.AsObject(), 1));

        var stale = await Assert.ThrowsAsync<ContentConcurrencyException>(() => content.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, 1, merge.Id, 1)));
        Assert.Equal(merge.Id, stale.Id);
        Assert.Equal(2, stale.ActualVersion);

        var unknown = await Assert.ThrowsAsync<ContentValidationException>(() => content.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, 1, merge.Id, 2,
            new Dictionary<string, MergeSide> { ["Shoe"] = MergeSide.Merged })));
        Assert.Equal(["Shoe: is not a field of Customer"], unknown.Errors.Select(e => e.ToString()));

        var manager = (IServiceProvider s) => s.GetRequiredService<ContentManager>();
        Assert.Equal(merge.Id, (await content.RunAsync(s => manager(s).GetAsync(call.Id)))!.Value("Activity", "Customer")!.GetValue<string>());
        Assert.NotNull(await content.RunAsync(s => manager(s).GetAsync(merge.Id)));
        Assert.Null((await content.RunAsync(s => manager(s).GetAsync(keep.Id)))!.Value("Customer", "Email"));
        await Assert.ThrowsAsync<ArgumentException>(() => content.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, 1, keep.Id, 1)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_item_in_the_recycle_bin_is_repointed_too(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var keep = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var merge = await content.CreateAsync("Customer", """{ "Name": "Acme Inc" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{merge.Id}}" }""");
        var deleted = await content.RunAsync(s => s.GetRequiredService<ContentManager>().DeleteAsync(call.Id, 1));

        await content.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, 1, merge.Id, 1, new Dictionary<string, MergeSide>()));
        var restored = await content.RunAsync(s => s.GetRequiredService<ContentManager>().RestoreAsync(call.Id, deleted.Version + 1));

        Assert.Equal(keep.Id, restored.Value("Activity", "Customer")!.GetValue<string>());
    }
}
