using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Crm.GraphQL.Execution;

/// <summary>
/// The parsed documents that passed the document rules against one schema instance, by query text. Integrators send the
/// same few query texts over and over; the spec's document rules depend only on the document and the schema, so a
/// document seen before needs neither parsing nor those rules again (the rules that read variables still run per request:
/// <see cref="GraphQLValidationRules.PerRequest"/>). A new schema (definitions changed) starts with none, and the old
/// one's documents go with it. Bounded, so unique texts cannot grow it without limit.
/// </summary>
internal sealed class ValidatedDocuments
{
    private const int MaxDocuments = 500;
    private const int MaxQueryLength = 16 * 1024;

    private static readonly ConditionalWeakTable<ISchema, ValidatedDocuments> BySchema = [];

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public static ValidatedDocuments Of(ISchema schema) => BySchema.GetValue(schema, _ => new ValidatedDocuments());

    public GraphQLDocument? Find(string query) => _documents.GetValueOrDefault(query);

    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength || _documents.Count >= MaxDocuments) return;
        _documents.TryAdd(query, document);
    }
}
