using Crm.Bench.Common;

namespace Crm.Bench.Tenants;

/// <summary>
/// Not top-level statements: those would declare a global <c>Program</c> that hides the host's, which
/// <see cref="BenchHost"/> needs.
/// </summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        BenchHost.UseBinaryDirectory();

        var dataDir = BenchDataDirectory.Create();
        try
        {
            var result = await new TenantBenchmark(options.Tenants, dataDir).RunAsync(CancellationToken.None);
            result.Print(Console.Out);
            return result.Failures == 0 ? 0 : 1;
        }
        finally
        {
            if (options.Keep) Console.WriteLine($"data directory kept: {dataDir}");
            else BenchDataDirectory.Delete(dataDir);
        }
    }
}
