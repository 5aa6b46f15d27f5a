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

        var dataDir = Path.Combine(Path.GetTempPath(), "crm-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        try
        {
            var result = await new TenantBenchmark(options.Tenants, dataDir).RunAsync(CancellationToken.None);
            result.Print(Console.Out);
            return result.Failures == 0 ? 0 : 1;
        }
        finally
        {
            if (options.Keep) Console.WriteLine($"data directory kept: {dataDir}");
            else TryDelete(dataDir);
        }
    }

    private static void TryDelete(string dataDir)
    {
        try
        {
            // Pooled SQLite handles keep the files open; release them or the delete fails on some platforms.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"could not remove {dataDir}: {e.Message}");
        }
    }
}
