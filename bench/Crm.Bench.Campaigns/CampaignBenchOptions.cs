using Crm.Bench.Common;

namespace Crm.Bench.Campaigns;

/// <summary>Command line: the storage options (<see cref="BenchStorageOptions"/>; --items is the customers: 100,000 on SQLite, 1,000,000 on PostgreSQL) and --runs N (warm runs of each measure after the cold one, 5).</summary>
public sealed record CampaignBenchOptions(BenchStorageOptions Storage, int Runs)
{
    public const string Usage = $"{BenchStorageOptions.Usage}, --runs N";

    public int Customers => Storage.Items;

    public static CampaignBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var runs = 5;
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            if (reader.Option == "--runs") runs = reader.PositiveNumber();
            else throw reader.Unknown(Usage);
        }
        return new CampaignBenchOptions(storage.Validated(), runs);
    }
}
