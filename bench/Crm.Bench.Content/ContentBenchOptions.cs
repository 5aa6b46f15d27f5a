using Crm.Core.Data;

namespace Crm.Bench.Content;

/// <summary>Command line: --provider Sqlite|Postgres, --items N, --queries N, --connection CS (PostgreSQL server), --keep.</summary>
public sealed record ContentBenchOptions(DatabaseProvider Provider, int Items, int Queries, string? Connection, bool Keep)
{
    public static ContentBenchOptions Parse(string[] args)
    {
        var provider = DatabaseProvider.Sqlite;
        int? items = null;
        var queries = 200;
        string? connection = Environment.GetEnvironmentVariable("CRM_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--provider":
                    provider = Enum.TryParse<DatabaseProvider>(Next(), ignoreCase: true, out var p) ? p : throw new ArgumentException("--provider is Sqlite or Postgres.");
                    break;
                case "--items":
                    items = int.TryParse(Next(), out var n) && n > 0 ? n : throw new ArgumentException("--items needs a positive whole number.");
                    break;
                case "--queries":
                    queries = int.TryParse(Next(), out var q) && q > 0 ? q : throw new ArgumentException("--queries needs a positive whole number.");
                    break;
                case "--connection":
                    connection = Next();
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Options: --provider Sqlite|Postgres, --items N, --queries N, --connection CS, --keep.");
            }
        }
        if (provider == DatabaseProvider.Postgres && string.IsNullOrEmpty(connection))
        {
            throw new ArgumentException("PostgreSQL needs a server: --connection 'Host=127.0.0.1;Username=postgres' (or CRM_BENCH_POSTGRES).");
        }
        return new ContentBenchOptions(provider, items ?? (provider == DatabaseProvider.Sqlite ? 100_000 : 1_000_000), queries, connection, keep);
    }
}
