namespace Crm.Bench.Common;

/// <summary>A fresh data directory under $TMPDIR/crm-bench for one run, removed afterwards unless kept.</summary>
public static class BenchDataDirectory
{
    public static string Create()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "crm-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        return dataDir;
    }

    public static void Delete(string dataDir)
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
