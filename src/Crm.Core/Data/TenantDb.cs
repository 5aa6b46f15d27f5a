using System.Data.Common;
using Crm.Core.Tenants;
using Dapper;

namespace Crm.Core.Data;

/// <summary>
/// The current tenant's database for one DI scope (a request, a recipe run, a CLI command). The connection
/// opens on first use; while a transaction is open every command joins it, so services need not pass it.
/// </summary>
public sealed class TenantDb(TenantScope scope) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private List<Func<Task>>? _afterCommit;

    public ISqlDialect Dialect => scope.Tenant.Database.Dialect;

    public DbTransaction? Transaction => _transaction;

    /// <summary>Statements run through this scope so far: how tests prove a request's SQL is bounded (no N+1).</summary>
    public int CommandCount { get; private set; }

    public async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken = default) =>
        _connection ??= await DbConnections.OpenAsync(scope.Tenant.Database, cancellationToken);

    /// <summary>
    /// Starts a transaction, or joins the one already open (the returned handle then commits nothing:
    /// the outermost owner decides).
    /// </summary>
    public async Task<TenantTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null) return new TenantTransaction(this, null);
        var connection = await ConnectionAsync(cancellationToken);
        _transaction = await connection.BeginTransactionAsync(cancellationToken);
        return new TenantTransaction(this, _transaction);
    }

    /// <summary>Runs the action once the open transaction commits (at once when none is open); dropped on rollback.</summary>
    public void AfterCommit(Action action)
    {
        if (_transaction is null) action();
        else (_afterCommit ??= []).Add(() =>
        {
            action();
            return Task.CompletedTask;
        });
    }

    /// <summary>Like <see cref="AfterCommit(Action)"/> for asynchronous work (e.g. starting workflows).</summary>
    public async Task AfterCommitAsync(Func<Task> action)
    {
        if (_transaction is null) await action();
        else (_afterCommit ??= []).Add(action);
    }

    internal async Task TransactionEndedAsync(DbTransaction transaction, bool committed)
    {
        if (!ReferenceEquals(_transaction, transaction)) return;
        _transaction = null;
        var actions = _afterCommit;
        _afterCommit = null;
        if (committed && actions is not null) foreach (var action in actions) await action();
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<T>(Command(sql, args, cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Rows read by <paramref name="read"/> straight from the data reader, for hot paths where mapping every column
    /// through Dapper (a string per text column) costs more than reading by ordinal.
    /// </summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args, Func<DbDataReader, T> read, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionAsync(cancellationToken);
        var reader = await connection.ExecuteReaderAsync(Command(sql, args, cancellationToken));
        // Dapper's reader disposes its command in Dispose but not in DisposeAsync: an undisposed command is left to the
        // finalizer thread (on SQLite that is where its prepared statement would be finalized, for every query).
        var command = (reader as IWrappedDataReader)?.Command;
        try
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await reader.DisposeAsync();
            command?.Dispose();
        }
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(Command(sql, args, cancellationToken));
    }

    public async Task<T?> ExecuteScalarAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<T>(Command(sql, args, cancellationToken));
    }

    public async Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(Command(sql, args, cancellationToken));
    }

    private CommandDefinition Command(string sql, object? args, CancellationToken cancellationToken)
    {
        CommandCount++;
        return new(sql, args, _transaction, commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken); // Dapper would take a one-word statement ("ANALYZE") for a stored procedure
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
