using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Crm.Core.Redis;

/// <summary>
/// The deployment's one Redis connection, when <see cref="ConfigurationKey"/> is set: every module that shares state
/// between nodes through Redis (live chat's SignalR backplane, web tracking's rate limits) uses this multiplexer instead
/// of opening its own. It connects on first use and, if Redis is down, keeps retrying in the background
/// (AbortOnConnectFail off), so a node starts and serves without Redis.
/// </summary>
public sealed class SharedRedis : IAsyncDisposable
{
    public const string ConfigurationKey = "Crm:Redis:ConnectionString";

    /// <summary>Prefix of every pub/sub channel on the shared connection, so the CRM's channels never meet another application's.</summary>
    public const string ChannelPrefix = "crm";

    private readonly Lazy<Task<IConnectionMultiplexer>>? _connection;

    public SharedRedis(IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is not { Length: > 0 } connectionString) return;
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
        options.ClientName ??= "CrmPlatform";
        _connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(options));
    }

    /// <summary>True when the deployment names a Redis server.</summary>
    public bool IsConfigured => _connection is not null;

    /// <summary>The shared multiplexer (connected, or reconnecting in the background); the first call starts connecting.</summary>
    public Task<IConnectionMultiplexer> ConnectAsync() =>
        _connection?.Value ?? throw new InvalidOperationException($"No Redis server is configured ({ConfigurationKey}).");

    public async ValueTask DisposeAsync()
    {
        if (_connection is not { IsValueCreated: true }) return;
        var connecting = _connection.Value;
        if (connecting.IsCompletedSuccessfully) await connecting.Result.DisposeAsync();
        // Still connecting (Redis unreachable): close it when the attempt ends rather than hold up the host's shutdown.
        else _ = connecting.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
    }
}
