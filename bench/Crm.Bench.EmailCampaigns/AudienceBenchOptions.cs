using Crm.Bench.Common;

namespace Crm.Bench.EmailCampaigns;

/// <summary>Command line: the storage options (<see cref="BenchStorageOptions"/>; --items is the customers in the audience) and --runs N (rounds of the write comparison, 3).</summary>
public sealed record AudienceBenchOptions(BenchStorageOptions Storage, int Runs)
{
    public const string Usage = $"{BenchStorageOptions.Usage}, --runs N";

    public int Customers => Storage.Items;

    public static AudienceBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var runs = 3;
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            if (reader.Option == "--runs") runs = reader.PositiveNumber();
            else throw reader.Unknown(Usage);
        }
        return new AudienceBenchOptions(storage.Validated(), runs);
    }
}
