using Crm.Bench.Common;
using Crm.Core.Data;

namespace Crm.Bench.Dashboard;

/// <summary>
/// Command line: the storage options (<see cref="BenchStorageOptions"/>; PostgreSQL only; --items is the customers,
/// 1,000,000), --activities N (5,000,000), --reps N (50), --requests N per user (50), --warmup N per user (10).
/// </summary>
public sealed record DashboardBenchOptions(BenchStorageOptions Storage, int Activities, int Reps, int Requests, int Warmup)
{
    public const string Usage = $"{BenchStorageOptions.Usage}, --activities N, --reps N, --requests N, --warmup N";

    public int Customers => Storage.Items;

    /// <summary>What a database seeded with these options holds (its note, for --reuse).</summary>
    public string SeedNote => $"crm-bench-dashboard v1: customers={Customers} activities={Activities} reps={Reps}";

    public static DashboardBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var (activities, reps, requests, warmup) = (5_000_000, 50, 50, 10);
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            switch (reader.Option)
            {
                case "--activities": activities = reader.PositiveNumber(); break;
                case "--reps": reps = reader.PositiveNumber(); break;
                case "--requests": requests = reader.PositiveNumber(); break;
                case "--warmup": warmup = reader.PositiveNumber(); break;
                default: throw reader.Unknown(Usage);
            }
        }
        if (storage.Validated().Provider != DatabaseProvider.Postgres) throw new ArgumentException("The dashboard bench runs on PostgreSQL: --provider Postgres.");
        return new DashboardBenchOptions(storage, activities, reps, requests, warmup);
    }
}
