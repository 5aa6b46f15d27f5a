using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Bench.Common;

/// <summary>
/// Writes items straight into content_items with PostgreSQL's binary COPY, for seeds of millions of rows with a history
/// (creation and change times in the past). Each item's row is what the engine writes: its data made by the engine's own
/// validator and preparers (canonical values, defaults, derived fields such as a customer's next-contact date), its
/// display text from the type's template, the same JSON text. Unlike <see cref="Crm.Core.Content.Bulk.ContentImporter"/>
/// it runs no content handlers and writes no history rows: the seeder must make the data those handlers would keep
/// (e.g. a customer's LastActivityAt equal to its latest done activity) consistent itself.
/// </summary>
public static class BenchContentCopy
{
    private const int RowsPerCopy = 50_000;

    private const string Copy =
        "COPY content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) FROM STDIN (FORMAT BINARY)";

    /// <returns>Items written.</returns>
    /// <exception cref="InvalidOperationException">An item is not valid for its type (a seeder bug): nothing of its COPY is written.</exception>
    public static async Task<long> WriteAsync(BenchHost host, IEnumerable<BenchItem> items, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Two scopes, two connections: the preparers read cached settings through their scope's connection while the other is in COPY.
        await using var scope = host.TenantScope();
        await using var copyScope = host.TenantScope();
        var services = scope.ServiceProvider;
        var defs = await services.GetRequiredService<ContentDefinitionManager>().GetAsync(cancellationToken);
        var validator = services.GetRequiredService<ContentValidator>();
        var preparers = services.GetRequiredService<ContentPreparers>();
        var connection = (NpgsqlConnection)await copyScope.ServiceProvider.GetRequiredService<TenantDb>().ConnectionAsync(cancellationToken);
        long written = 0;
        foreach (var chunk in items.Chunk(RowsPerCopy))
        {
            await using (var copy = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
            {
                foreach (var item in chunk)
                {
                    var type = defs.FindType(item.ContentType) ?? throw new InvalidOperationException($"No content type {item.ContentType}.");
                    var change = await preparers.ApplyAsync(defs, type, null, validator.Apply(defs, type, null, item.Values), item.CreatedUtc, cancellationToken);
                    if (change.Errors.Count > 0) throw new InvalidOperationException($"{item.ContentType} {item.Id}: {string.Join("; ", change.Errors)}");
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(item.Id, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(type.Name, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(DisplayText.For(defs, type, change.Data), NpgsqlDbType.Varchar, cancellationToken);
                    if (item.Owner is null) await copy.WriteNullAsync(cancellationToken);
                    else await copy.WriteAsync(item.Owner, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(DateTimeFieldKind.Canonical(item.CreatedUtc), NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(DateTimeFieldKind.Canonical(item.ModifiedUtc), NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteNullAsync(cancellationToken);
                    await copy.WriteAsync(change.Data.ToJsonString(ContentJson.Options), NpgsqlDbType.Jsonb, cancellationToken);
                }
                await copy.CompleteAsync(cancellationToken);
            }
            written += chunk.Length;
            progress?.Report(written);
        }
        return written;
    }

    /// <summary>
    /// Runs <paramref name="load"/> without the engine's expression indexes (cx_*), then lets the engine create them again
    /// (<see cref="ContentIndexManager.SyncAsync"/>, which also gathers statistics): one sorted build per index instead of
    /// millions of random inserts.
    /// </summary>
    public static async Task WithoutContentIndexesAsync(BenchHost host, Func<Task> load, CancellationToken cancellationToken)
    {
        await using (var scope = host.TenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
            var indexes = await db.QueryAsync<string>(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'content_items' AND indexname LIKE 'cx\\_%'", null, cancellationToken);
            foreach (var index in indexes) await db.ExecuteAsync($"DROP INDEX {index}", null, cancellationToken);
        }
        await load();
        await using (var scope = host.TenantScope())
        {
            var services = scope.ServiceProvider;
            // The same connection as the index manager's (TenantDb is per scope): more memory per sort than the server's default.
            await services.GetRequiredService<TenantDb>().ExecuteAsync("SET maintenance_work_mem = '256MB'", null, cancellationToken);
            var defs = await services.GetRequiredService<ContentDefinitionManager>().GetAsync(cancellationToken);
            await services.GetRequiredService<ContentIndexManager>().SyncAsync(defs, cancellationToken);
        }
    }
}
