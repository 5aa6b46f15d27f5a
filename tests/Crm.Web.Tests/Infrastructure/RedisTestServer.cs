using System.Net;
using System.Net.Sockets;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>
/// The real Redis server a test shares state through, named by CRM_TEST_REDIS (host:port); .ci/run starts a throw-away
/// one. Without it the test skips, or fails under CRM_TEST_REQUIRE_REDIS=1.
/// </summary>
public static class RedisTestServer
{
    public const string Variable = "CRM_TEST_REDIS";
    public const string RequireVariable = "CRM_TEST_REQUIRE_REDIS";

    /// <summary>The server's address, as a StackExchange.Redis configuration string.</summary>
    public static string Address()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address) return address;
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1") throw new InvalidOperationException($"{Variable} is not set but {RequireVariable}=1: Redis tests must run.");
        Assert.Skip($"Redis test skipped: install and start redis-server (apt-get install redis-server; e.g. " +
                    $"'redis-server --port 56379 --save \"\" --appendonly no --daemonize yes') and set {Variable}=127.0.0.1:56379 (.ci/run does all of this).");
        return null!;
    }

    /// <summary>An address where nothing listens: a Redis that is down.</summary>
    public static string ClosedAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port}";
    }
}
