using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Hosting;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ContentHandlerTests
{
    /// <summary>What a sales module does: an activity moves its customer's LastActivityAt, in the same transaction.</summary>
    private sealed class LastActivityHandler(ContentManager content, TimeProvider clock) : IContentHandler
    {
        public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
        {
            if (change.Kind != ContentEventKind.Created || change.Item.ContentType != "Activity") return;
            var subject = change.Item.Value("Activity", "Subject")!.GetValue<string>();
            if (subject == "explode") throw new InvalidOperationException("the handler failed");
            var customerId = change.Item.Value("Activity", "Customer")!.GetValue<string>();
            var customer = await content.GetAsync(customerId, cancellationToken: cancellationToken);
            await content.UpdateAsync(customerId, new JsonObject { ["LastActivityAt"] = clock.GetUtcNow().ToString("O") }, customer!.Version, cancellationToken);
        }
    }

    /// <summary>What workflows do: react once the change is committed.</summary>
    private sealed class CommittedLog : IContentHandler
    {
        public static readonly List<string> Seen = [];

        public Task AfterCommitAsync(ContentEvent change)
        {
            lock (Seen) Seen.Add($"{change.Kind} {change.Item.ContentType} {change.Item.DisplayText}");
            return Task.CompletedTask;
        }
    }

    private static void Handlers(IServiceCollection services)
    {
        services.AddContentHandler<LastActivityHandler>();
        services.AddContentHandler<CommittedLog>();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_handler_keeps_a_derived_field_correct_in_the_same_transaction(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider, services: Handlers);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");

        await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}" }""");

        var updated = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(customer.Id));
        Assert.Equal(2, updated!.Version);
        Assert.NotNull(updated.Value("Customer", "LastActivityAt"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_handler_undoes_the_whole_change_and_nothing_is_announced(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider, services: Handlers);
        var customer = await content.CreateAsync("Customer", """{ "Name": "Rollback Inc" }""");

        await Assert.ThrowsAsync<InvalidOperationException>(() => content.CreateAsync("Activity", $$"""{ "Subject": "explode", "Customer": "{{customer.Id}}" }"""));

        Assert.Equal(0, await content.CountAsync("Activity"));
        lock (CommittedLog.Seen)
        {
            Assert.Contains("Created Customer Rollback Inc", CommittedLog.Seen);
            Assert.DoesNotContain(CommittedLog.Seen, s => s.Contains("explode"));
        }
    }
}
