using System.Diagnostics;

namespace Crm.Bench.Dashboard;

/// <summary>
/// The dashboard as a browser asks for it: each user signs in over HTTP (cookie), then GET /admin again and again, one
/// request at a time, the users taking turns (so both see the same machine load). Warm-up requests are not recorded.
/// </summary>
public sealed class PageBenchmark(Uri server, RequestProbe probe, DashboardBenchOptions options)
{
    /// <param name="users">Each user's name, role, and the card ids its page must show.</param>
    public async Task<IReadOnlyList<PageRun>> RunAsync(IReadOnlyList<(string Name, string Role, string[] Cards)> users, CancellationToken cancellationToken)
    {
        var clients = new List<HttpClient>();
        try
        {
            foreach (var user in users) clients.Add(await Crm.Bench.Common.BenchSession.SignInAsync(server, user.Name));
            for (var i = 0; i < users.Count; i++) await CheckAsync(clients[i], users[i].Name, users[i].Cards, cancellationToken);
            var runs = users.Select(u => new PageRun(u.Name, u.Role)).ToList();
            for (var round = 0; round < options.Warmup + options.Requests; round++)
            {
                for (var i = 0; i < users.Count; i++)
                {
                    var (roundTrip, timing) = await TimeAsync(clients[i], cancellationToken);
                    if (round < options.Warmup) continue;
                    runs[i].ClientMilliseconds.Add(roundTrip);
                    runs[i].Server.Add(timing);
                }
            }
            return runs;
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private async Task<(double Client, PageTiming Server)> TimeAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync("/admin", cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /admin answered {(int)response.StatusCode}.");
        return (elapsed, probe.Last ?? throw new InvalidOperationException("The probe saw no request."));
    }

    private static async Task CheckAsync(HttpClient client, string user, string[] cards, CancellationToken cancellationToken)
    {
        var page = await client.GetStringAsync("/admin", cancellationToken);
        var missing = cards.Where(card => !page.Contains($"id=\"{card}\"", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"The dashboard of {user} lacks {string.Join(", ", missing)}.");
    }
}
