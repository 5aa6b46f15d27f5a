using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tenants;

/// <summary>
/// The tenant cache inside a transaction: the shared values serve it (no query per saved item), a change it makes is
/// seen by it at once and by everyone else only once it commits, and what it reads is never shared.
/// </summary>
public sealed class TenantCacheTransactionTests
{
    private const string Key = "test-value";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_is_served_the_shared_values_and_reads_a_missing_one_once_for_itself(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var source = new CountingSource("committed");
        await host.InTenantAsync("Default", s => Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None).AsTask());

        var missing = new CountingSource("read in the transaction");
        await host.InTenantAsync("Default", async s =>
        {
            await using var transaction = await s.GetRequiredService<TenantDb>().BeginTransactionAsync();
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal("committed", await Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None));
                Assert.Equal("read in the transaction", await Cache(s).GetOrCreateAsync("missing", missing.ReadAsync, CancellationToken.None));
            }
            await transaction.CommitAsync();
        });

        Assert.Equal(1, source.Reads);
        Assert.Equal(1, missing.Reads);
        var outside = new CountingSource("read outside");
        await host.InTenantAsync("Default", s => Cache(s).GetOrCreateAsync("missing", outside.ReadAsync, CancellationToken.None).AsTask());
        Assert.Equal(1, outside.Reads); // the transaction's read was its own
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_is_seen_by_its_own_transaction_at_once_and_by_others_only_after_it_commits(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var stored = "before";
        var source = new CountingSource(() => stored);
        await host.InTenantAsync("Default", s => Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None).AsTask());

        await host.InTenantAsync("Default", async changing =>
        {
            await using var transaction = await changing.GetRequiredService<TenantDb>().BeginTransactionAsync();
            stored = "after";
            await Cache(changing).InvalidateAsync(CancellationToken.None);

            Assert.Equal("after", await Cache(changing).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None));
            Assert.Equal("after", await Cache(changing).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None));
            await host.InTenantAsync("Default", async other =>
                Assert.Equal("before", await Cache(other).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None)));
            Assert.Equal(2, source.Reads); // the first read, then once for the changing transaction

            await transaction.CommitAsync();
        });

        await host.InTenantAsync("Default", async s => Assert.Equal("after", await Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None)));
        Assert.Equal(3, source.Reads);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_that_rolls_back_leaves_the_shared_values_as_they_were(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var stored = "before";
        var source = new CountingSource(() => stored);
        await host.InTenantAsync("Default", s => Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None).AsTask());

        await host.InTenantAsync("Default", async s =>
        {
            await using (await s.GetRequiredService<TenantDb>().BeginTransactionAsync())
            {
                stored = "abandoned";
                await Cache(s).InvalidateAsync(CancellationToken.None);
                Assert.Equal("abandoned", await Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None));
            }
            stored = "before";
            Assert.Equal("before", await Cache(s).GetOrCreateAsync(Key, source.ReadAsync, CancellationToken.None));
        });

        Assert.Equal(2, source.Reads);
    }

    private static TenantCache Cache(IServiceProvider services) => services.GetRequiredService<TenantCache>();

    /// <summary>Stands for a cached value's query: counts how often it is read.</summary>
    private sealed class CountingSource(Func<string> value)
    {
        public CountingSource(string value)
            : this(() => value)
        {
        }

        public int Reads { get; private set; }

        public Task<string> ReadAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(value());
        }
    }
}
