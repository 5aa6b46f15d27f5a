using Crm.Bench.Common;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Workflows;

/// <summary>Set-based seeding statements of the bench, which may run for minutes (no command timeout).</summary>
public static class LongSql
{
    public static async Task<int> ExecuteAsync(BenchHost host, string sql, IReadOnlyDictionary<string, object> args, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var connection = await scope.ServiceProvider.GetRequiredService<TenantDb>().ConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
