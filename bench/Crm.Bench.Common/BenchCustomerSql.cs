using Crm.Core.Data;

namespace Crm.Bench.Common;

/// <summary>
/// The bench type's fields as the SQL expressions its indexes are built on (the engine writes the same ones), and the
/// "Stage = @stage and Grade = @grade" condition over them: what a developer writes by hand to use those indexes.
/// </summary>
public sealed class BenchCustomerSql
{
    private readonly DatabaseProvider _provider;

    public BenchCustomerSql(DatabaseProvider provider)
    {
        _provider = provider;
        Stage = Field("Stage");
        Grade = Field("Grade");
        LastActivityAt = Field("LastActivityAt");
        Name = Field("Name");
        Where = $"content_type = '{BenchModel.Type}' AND deleted_utc IS NULL AND {Stage} = @stage AND {Grade} = @grade";
    }

    public string Stage { get; }

    public string Grade { get; }

    public string LastActivityAt { get; }

    public string Name { get; }

    /// <summary>Live bench customers with the parameters @stage and @grade.</summary>
    public string Where { get; }

    /// <summary>A field of the bench part, unqualified (the caller's FROM has one content_items).</summary>
    public string Field(string name) => _provider == DatabaseProvider.Sqlite
        ? $"json_extract(data, '$.{BenchModel.Type}.{name}')"
        : $"(data #>> '{{{BenchModel.Type},{name}}}')";
}
