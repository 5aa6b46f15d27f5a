using Crm.Bench.Common;
using Crm.Core.Data;

namespace Crm.Bench.Workflows;

/// <summary>
/// Command line: the storage options (<see cref="BenchStorageOptions"/>; PostgreSQL only), --timers N (20,000),
/// --activities N per customer (5), --part timers|sweep|all (all).
/// </summary>
public sealed record WorkflowBenchOptions(BenchStorageOptions Storage, int Timers, int ActivitiesPerCustomer, bool RunTimers, bool RunSweep)
{
    public const string Usage = $"{BenchStorageOptions.Usage}, --timers N, --activities N, --part timers|sweep|all";

    public int Customers => Storage.Items;

    public static WorkflowBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var (timers, activities, part) = (20_000, 5, "all");
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            switch (reader.Option)
            {
                case "--timers": timers = reader.PositiveNumber(); break;
                case "--activities": activities = reader.PositiveNumber(); break;
                case "--part": part = reader.Value(); break;
                default: throw reader.Unknown(Usage);
            }
        }
        if (storage.Validated().Provider != DatabaseProvider.Postgres) throw new ArgumentException("The workflow bench runs on PostgreSQL: --provider Postgres.");
        if (part is not ("timers" or "sweep" or "all")) throw new ArgumentException("--part is timers, sweep or all.");
        return new WorkflowBenchOptions(storage, timers, activities, part != "sweep", part != "timers");
    }
}
