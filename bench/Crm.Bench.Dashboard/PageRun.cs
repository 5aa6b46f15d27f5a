using Crm.Bench.Common;

namespace Crm.Bench.Dashboard;

/// <summary>The measured requests of one user's dashboard: the server's view of each, and the client's round trip.</summary>
public sealed class PageRun(string user, string role)
{
    public string User { get; } = user;
    public string Role { get; } = role;
    public List<PageTiming> Server { get; } = [];
    public List<double> ClientMilliseconds { get; } = [];

    public IReadOnlyList<double> ServerMilliseconds => Server.Select(s => s.ServerMilliseconds).ToList();

    public void Print(TextWriter output)
    {
        var server = ServerMilliseconds;
        output.WriteLine($"GET /admin as {User} ({Role}), {Server.Count} sequential requests:");
        output.WriteLine($"  server time: median {Stats.Median(server):F1} ms, p95 {Stats.P95(server):F1} ms, max {Stats.Max(server):F1} ms " +
                         $"(client round trip: median {Stats.Median(ClientMilliseconds):F1} ms, p95 {Stats.P95(ClientMilliseconds):F1} ms)");
        output.WriteLine($"  SQL: {Median(s => s.Commands):F0} statements per request (tracing saw {Median(s => s.Statements):F0}), " +
                         $"median {Median(s => s.StatementMilliseconds):F1} ms inside them");
        output.WriteLine("  per view component (medians)       total ms   data ms  statements    SQL ms");
        foreach (var card in Server.SelectMany(s => s.Cards).Select(c => c.Card).Distinct())
        {
            var timings = Server.Select(s => s.Cards.FirstOrDefault(c => c.Card == card)).OfType<CardTiming>().ToList();
            output.WriteLine($"    {card,-32}{Stats.Median(timings.Select(t => t.Milliseconds).ToList()),9:F1}{Stats.Median(timings.Select(t => t.DataMilliseconds).ToList()),10:F1}" +
                             $"{Stats.Median(timings.Select(t => (double)t.Statements).ToList()),12:F0}{Stats.Median(timings.Select(t => t.StatementMilliseconds).ToList()),10:F1}");
        }
        var cards = Server.Select(s => s.Cards.Sum(c => c.Milliseconds)).ToList();
        output.WriteLine($"    {"(rest: auth, menu, layout, page)",-32}{Stats.Median(Server.Select((s, i) => s.ServerMilliseconds - cards[i]).ToList()),9:F1}");
    }

    private double Median(Func<PageTiming, double> value) => Stats.Median(Server.Select(value).ToList());
}
