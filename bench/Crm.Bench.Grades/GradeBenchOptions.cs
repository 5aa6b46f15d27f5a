using Crm.Bench.Common;

namespace Crm.Bench.Grades;

/// <summary>Command line: the storage options (<see cref="BenchStorageOptions"/>; --items is the customers: 100,000 on SQLite, 1,000,000 on PostgreSQL) and --changes N (the customers graded through the content manager for the per-change cost, 20,000).</summary>
public sealed record GradeBenchOptions(BenchStorageOptions Storage, int Changes)
{
    public const string Usage = $"{BenchStorageOptions.Usage}, --changes N";

    public int Customers => Storage.Items;

    public static GradeBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var changes = 20_000;
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            if (reader.Option == "--changes") changes = reader.PositiveNumber();
            else throw reader.Unknown(Usage);
        }
        return new GradeBenchOptions(storage.Validated(), changes);
    }
}
