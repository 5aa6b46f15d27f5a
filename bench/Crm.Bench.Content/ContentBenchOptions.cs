using Crm.Bench.Common;
using Crm.Core.Data;

namespace Crm.Bench.Content;

/// <summary>Command line: the storage options (<see cref="BenchStorageOptions"/>) and --queries N (200).</summary>
public sealed record ContentBenchOptions(BenchStorageOptions Storage, int Queries)
{
    public DatabaseProvider Provider => Storage.Provider;

    public int Items => Storage.Items;

    public static ContentBenchOptions Parse(string[] args)
    {
        var storage = new BenchStorageOptions();
        var queries = 200;
        var reader = new BenchArguments(args);
        while (reader.MoveNext())
        {
            if (storage.Read(reader)) continue;
            if (reader.Option != "--queries") throw reader.Unknown($"{BenchStorageOptions.Usage}, --queries N");
            queries = reader.PositiveNumber();
        }
        return new ContentBenchOptions(storage.Validated(), queries);
    }
}
