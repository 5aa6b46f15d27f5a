using Crm.Bench.Common;

namespace Crm.Bench.Content;

/// <summary>Not top-level statements: those would declare a global Program that hides the host's.</summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, ContentBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        await using var storage = await BenchStorage.CreateAsync(options.Storage);
        await using var host = storage.Host();
        host.Start();
        var result = await new ContentBenchmark(host, options).RunAsync(CancellationToken.None);
        result.Print(Console.Out);
        return 0;
    }
}
