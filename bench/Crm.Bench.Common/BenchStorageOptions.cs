using Crm.Core.Data;

namespace Crm.Bench.Common;

/// <summary>
/// Where a bench stores its data and how much: --provider Sqlite|Postgres, --items N (100,000 on SQLite, 1,000,000 on
/// PostgreSQL), --connection CS (the PostgreSQL server; default CRM_BENCH_POSTGRES, else CRM_TEST_POSTGRES), --keep,
/// --database NAME (PostgreSQL: this database instead of a new crm_bench_* one), --reuse (keep the named database and,
/// when it already holds this bench's data, measure on it instead of seeding again).
/// </summary>
public sealed class BenchStorageOptions
{
    public const string Usage = "--provider Sqlite|Postgres, --items N, --connection CS, --keep, --database NAME, --reuse";

    private int? _items;

    public DatabaseProvider Provider { get; private set; } = DatabaseProvider.Sqlite;

    public int Items => _items ?? (Provider == DatabaseProvider.Sqlite ? 100_000 : 1_000_000);

    public string? Connection { get; private set; } =
        Environment.GetEnvironmentVariable("CRM_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES");

    /// <summary>Leave the data directory (and database) for inspection.</summary>
    public bool Keep { get; private set; }

    /// <summary>The PostgreSQL database's name; null: a new crm_bench_* database for this run.</summary>
    public string? Database { get; private set; }

    /// <summary>Keep the named database at the end, and use it again if it is already there.</summary>
    public bool Reuse { get; private set; }

    /// <summary>Reads the reader's current option if it is one of these; false if it is not.</summary>
    public bool Read(BenchArguments reader)
    {
        switch (reader.Option)
        {
            case "--provider":
                Provider = Enum.TryParse<DatabaseProvider>(reader.Value(), ignoreCase: true, out var p) ? p : throw new ArgumentException("--provider is Sqlite or Postgres.");
                return true;
            case "--items":
                _items = reader.PositiveNumber();
                return true;
            case "--connection":
                Connection = reader.Value();
                return true;
            case "--keep":
                Keep = true;
                return true;
            case "--database":
                Database = BenchDatabase.ValidName(reader.Value());
                return true;
            case "--reuse":
                Reuse = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>PostgreSQL needs a server to create the bench database on; reusing needs a database name.</summary>
    public BenchStorageOptions Validated()
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrEmpty(Connection))
        {
            throw new ArgumentException("PostgreSQL needs a server: --connection 'Host=127.0.0.1;Username=postgres' (or CRM_BENCH_POSTGRES).");
        }
        if ((Reuse || Database is not null) && Provider != DatabaseProvider.Postgres) throw new ArgumentException("--database and --reuse are for PostgreSQL.");
        if (Reuse && Database is null) throw new ArgumentException("--reuse needs the database's name: --database crm_bench_NAME.");
        return this;
    }
}
