using Crm.Bench.Common;
using Crm.Core.Data;

namespace Crm.Bench.GraphQL;

/// <summary>
/// Command line: the storage options (<see cref="BenchStorageOptions"/>), --owners N (20), --connections N (16), --threads N
/// (wrk threads, 2), --rounds N (3), --warmup S (3 before every run, at least 10 before the first), --duration S (15),
/// --breakdown (also measure the smaller documents of <see cref="CostBreakdown"/>).
/// </summary>
public sealed record GraphQLBenchOptions(BenchStorageOptions Storage, int Owners, int Connections, int Threads, int Rounds, int WarmUpSeconds, int DurationSeconds,
    bool Breakdown)
{
    private const string Usage = $"{BenchStorageOptions.Usage}, --owners N, --connections N, --threads N, --rounds N, --warmup S, --duration S, --breakdown";

    public DatabaseProvider Provider => Storage.Provider;

    public int Items => Storage.Items;

    /// <summary>What a seeded database holds, noted on it so that --database NAME --reuse measures on it again.</summary>
    public string SeedNote => $"crm-bench-graphql v1: customers={Items} owners={Owners}";

    public static GraphQLBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var numbers = new Dictionary<string, int>
        {
            ["--owners"] = 20, ["--connections"] = 16, ["--threads"] = 2, ["--rounds"] = 3, ["--warmup"] = 3, ["--duration"] = 15,
        };
        var reader = new BenchArguments(args);
        var breakdown = false;
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            if (reader.Option == "--breakdown")
            {
                breakdown = true;
                continue;
            }
            if (!numbers.ContainsKey(reader.Option)) throw reader.Unknown(Usage);
            numbers[reader.Option] = reader.PositiveNumber();
        }
        return new GraphQLBenchOptions(storage.Validated(), numbers["--owners"], numbers["--connections"],
            Math.Min(numbers["--threads"], numbers["--connections"]), numbers["--rounds"], numbers["--warmup"], numbers["--duration"], breakdown);
    }
}
