using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Outbox;
using Crm.Core.Scheduling;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutboxService = Crm.Core.Outbox.Outbox;

namespace Crm.Web.Tests.Outbox;

public sealed class OutboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(CrmTestHost Host, FakeTimeProvider Clock, OutboxScript Script)> StartAsync(
        DatabaseProvider provider, Action<OutboxOptions>? options = null)
    {
        var clock = new FakeTimeProvider(Start);
        var script = new OutboxScript(clock);
        var host = await CrmTestHost.StartAsync(provider, clock, s =>
        {
            s.AddSingleton(script).AddOutboxHandler<ScriptedOutboxHandler>().AddOutboxCompletionHandler<RecordingCompletionHandler>();
            if (options is not null) s.Configure(options);
        });
        return (host, clock, script);
    }

    private static async Task<string> EnqueueAsync(CrmTestHost host, int n, string kind = ScriptedOutboxHandler.TestKind)
    {
        var id = "";
        await host.InTenantAsync("Default", async s => id = await s.GetRequiredService<OutboxService>().EnqueueAsync(kind, new JsonObject { ["n"] = n }));
        return id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_enqueued_in_a_rolled_back_transaction_is_never_sent(DatabaseProvider provider)
    {
        var (host, _, script) = await StartAsync(provider);
        await using var _ = host;
        await host.InTenantAsync("Default", async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await using var transaction = await db.BeginTransactionAsync();
            await s.GetRequiredService<OutboxService>().EnqueueAsync(ScriptedOutboxHandler.TestKind, new JsonObject { ["n"] = 1 });
            // disposed without commit: rolled back
        });

        Assert.Equal(0, await host.RunDueWorkAsync()); // the wake-up was dropped with the transaction
        var committed = await EnqueueAsync(host, 2);
        Assert.Equal(1, await host.RunDueWorkAsync());

        Assert.Equal([committed], script.Delivered);
        await host.InTenantAsync("Default", async s =>
            Assert.Equal(1, await s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_delivery_is_retried_after_30_60_and_120_seconds_and_then_sent_once(DatabaseProvider provider)
    {
        var (host, clock, script) = await StartAsync(provider);
        await using var _ = host;
        script.FailuresBeforeSuccess = 3;
        var id = await EnqueueAsync(host, 7);

        Assert.Equal(1, await host.RunDueWorkAsync());
        var waiting = await host.OutboxMessageAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1, Start.AddSeconds(30)), (waiting.Status, waiting.Attempts, waiting.NextAttemptUtc));
        Assert.Contains("server unavailable", waiting.LastError);
        Assert.Equal(Start.AddSeconds(30), await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await host.RunDueWorkAsync()); // not yet
        foreach (var wait in new[] { 1, 60, 120 })
        {
            clock.Advance(TimeSpan.FromSeconds(wait));
            Assert.Equal(1, await host.RunDueWorkAsync());
        }

        Assert.Equal([Start, Start.AddSeconds(30), Start.AddSeconds(90), Start.AddSeconds(210)], script.Attempts.Select(a => a.At));
        var sent = await host.OutboxMessageAsync(id);
        Assert.Equal((OutboxStatus.Sent, 4, Start.AddSeconds(210)), (sent.Status, sent.Attempts, sent.CompletedUtc));
        Assert.Null(sent.LastError);
        Assert.Equal(7, sent.Result!["echo"]!.GetValue<int>());
        Assert.Equal([id], script.Delivered);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(script.Completed).Status);
        Assert.Null(await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None)); // nothing left to do
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_that_keeps_failing_ends_Failed_with_its_last_error_after_the_maximum_attempts(DatabaseProvider provider)
    {
        var (host, clock, script) = await StartAsync(provider, o => o.MaxAttempts = 3);
        await using var _ = host;
        script.FailuresBeforeSuccess = int.MaxValue;
        var id = await EnqueueAsync(host, 1);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await host.RunDueWorkAsync();
            clock.Advance(TimeSpan.FromHours(1));
        }

        var failed = await host.OutboxMessageAsync(id);
        Assert.Equal((OutboxStatus.Failed, 3), (failed.Status, failed.Attempts));
        Assert.Equal("InvalidOperationException: server unavailable", failed.LastError);
        Assert.Equal(3, script.Attempts.Count);
        Assert.Equal(OutboxStatus.Failed, Assert.Single(script.Completed).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_permanent_error_fails_at_once_and_a_kind_without_handler_waits_without_losing_the_message(DatabaseProvider provider)
    {
        var (host, clock, script) = await StartAsync(provider);
        await using var _ = host;
        script.Permanent = true;
        var refused = await EnqueueAsync(host, 1);
        var orphan = await EnqueueAsync(host, 2, kind: "not-installed");

        await host.RunDueWorkAsync();

        var failed = await host.OutboxMessageAsync(refused);
        Assert.Equal((OutboxStatus.Failed, 1, "the address does not exist"), (failed.Status, failed.Attempts, failed.LastError));
        var waiting = await host.OutboxMessageAsync(orphan);
        Assert.Equal((OutboxStatus.Pending, 0, Start.AddMinutes(5)), (waiting.Status, waiting.Attempts, waiting.NextAttemptUtc));
        Assert.Contains("No handler for outbox messages of kind 'not-installed'", waiting.LastError);
        Assert.Equal(Start.AddMinutes(5), await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await host.RunDueWorkAsync());
        Assert.Equal(OutboxStatus.Pending, (await host.OutboxMessageAsync(orphan)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_processors_claiming_at_the_same_time_deliver_every_message_exactly_once(DatabaseProvider provider)
    {
        var (host, _, script) = await StartAsync(provider, o => o.BatchSize = 5);
        await using var _ = host;
        script.DeliveryTime = TimeSpan.FromMilliseconds(5); // real time: the two processors overlap
        var ids = new List<string>();
        await host.InTenantAsync("Default", async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await using var transaction = await db.BeginTransactionAsync();
            for (var n = 0; n < 40; n++) ids.Add(await s.GetRequiredService<OutboxService>().EnqueueAsync(ScriptedOutboxHandler.TestKind, new JsonObject { ["n"] = n }));
            await transaction.CommitAsync();
        });

        var processorsDone = new List<Task>();
        for (var node = 0; node < 2; node++)
        {
            processorsDone.Add(host.InTenantAsync("Default", async s =>
            {
                var processor = s.GetServices<IDueWorkProcessor>().OfType<OutboxProcessor>().Single();
                await Task.Yield();
                while (await processor.RunDueAsync(Start, CancellationToken.None) is { } next && next <= Start)
                {
                }
            }));
        }
        await Task.WhenAll(processorsDone);

        Assert.Equal(ids.Order(), script.Delivered.Order());
        Assert.Equal(40, script.Attempts.Count);
        foreach (var id in ids) Assert.Equal(OutboxStatus.Sent, (await host.OutboxMessageAsync(id)).Status);
    }
}
