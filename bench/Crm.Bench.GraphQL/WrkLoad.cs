using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Bench.GraphQL;

/// <summary>
/// Load from a second process: Debian's wrk, with a Lua script that POSTs the endpoint's bodies in turn (each wrk thread
/// cycles through them) with the API key and JSON headers. Figures come from wrk's own --latency report.
/// </summary>
public sealed partial class WrkLoad(string workDirectory, string apiKey, int connections, int threads)
{
    public const string Executable = "wrk";

    [GeneratedRegex(@"^\s*(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RateLine();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex CountLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    /// <summary>Writes the Lua script for one endpoint's bodies; returns its path.</summary>
    public string Script(string name, IEnumerable<string> bodies)
    {
        var lua = new StringBuilder();
        lua.AppendLine("wrk.method = \"POST\"");
        lua.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        lua.AppendLine("wrk.headers[\"Accept\"] = \"application/json\"");
        lua.AppendLine($"wrk.headers[\"Authorization\"] = \"Bearer {apiKey}\"");
        lua.AppendLine("local bodies = {");
        foreach (var body in bodies) lua.AppendLine($"  [==[{body}]==],");
        lua.AppendLine("}");
        lua.AppendLine("local turn = 0");
        lua.AppendLine("request = function()");
        lua.AppendLine("  turn = turn % #bodies + 1");
        lua.AppendLine("  return wrk.format(nil, nil, nil, bodies[turn])");
        lua.AppendLine("end");
        var path = Path.Combine(workDirectory, name + ".lua");
        File.WriteAllText(path, lua.ToString());
        return path;
    }

    public async Task<LoadResult> RunAsync(Uri url, string script, int seconds, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                             "-d", $"{seconds}s", "--timeout", "5s", "--latency", "-s", script, url.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await errors}");
        return Parse(await output);
    }

    public static LoadResult Parse(string report)
    {
        var percentiles = PercentileLine().Matches(report).ToDictionary(m => m.Groups[1].Value, m => Milliseconds(m.Groups[2].Value, m.Groups[3].Value));
        var rate = RateLine().Match(report);
        if (!rate.Success || !percentiles.ContainsKey("99")) throw new InvalidOperationException($"Could not read wrk's report:\n{report}");
        var socket = SocketErrorsLine().Match(report);
        return new LoadResult(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            percentiles["50"], percentiles["90"], percentiles["99"],
            long.Parse(CountLine().Match(report).Groups[1].Value, CultureInfo.InvariantCulture),
            Non2xxLine().Match(report) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture)) : 0);
    }

    private static double Milliseconds(string value, string unit) => double.Parse(value, CultureInfo.InvariantCulture) * unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        _ => 1000,
    };
}
