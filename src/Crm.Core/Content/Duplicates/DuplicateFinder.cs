using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using F23.StringSimilarity;

namespace Crm.Core.Content.Duplicates;

/// <summary>
/// Applies a type's duplicate rules. Existing items are read page by page (only the id, title and the rules' fields,
/// through the fields' SQL expressions) and compared in memory, so one check costs one pass over the type's live items.
/// Name similarity in <see cref="FindAllDuplicatesAsync"/> compares names only within blocks that share their first two
/// normalised characters (a typo there is missed); inside a block the comparison is pairwise.
/// </summary>
public sealed class DuplicateFinder(TenantDb db, ContentDefinitionManager definitions, ContentValidator validator, ContentManager content, FieldKinds kinds)
{
    private const int PageSize = 5000;
    private const int BlockLength = 2;
    private static readonly JaroWinkler Similarity = new();

    /// <summary>Live items that the rules call duplicates of an existing item, best first.</summary>
    public async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(string itemId, CancellationToken cancellationToken = default)
    {
        var item = await content.GetAsync(itemId, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(itemId);
        return await FindAsync(item.ContentType, item.Data, item.Id, cancellationToken);
    }

    /// <summary>Live items that the rules call duplicates of an item with these values (e.g. before creating it), best first.</summary>
    public async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(string contentType, JsonObject values, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var type = RequireType(defs, contentType);
        // Existing = {} checks only the given values (canonical form, no required fields).
        var change = validator.Apply(defs, type, [], values);
        if (change.Errors.Count > 0) throw new ContentValidationException(type.Name, change.Errors);
        return await FindAsync(type.Name, change.Data, null, cancellationToken);
    }

    /// <summary>Every group of live items that a rule calls the same record.</summary>
    public async Task<IReadOnlyList<DuplicateGroup>> FindAllDuplicatesAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var (defs, type, rules) = await RulesAsync(contentType, cancellationToken);
        // Per rule: items by key (names: by block, with the normalised name).
        var keyed = rules.Select(_ => new Dictionary<string, List<(DuplicateItem Item, string Key)>>(StringComparer.Ordinal)).ToArray();
        await foreach (var (item, row) in ScanAsync(defs, type, rules, cancellationToken))
        {
            for (var r = 0; r < rules.Count; r++)
            {
                foreach (var key in RuleKeys.Of(rules[r].Rule, rules[r].Fields, f => row[f]))
                {
                    var index = rules[r].Rule.Kind == DuplicateRuleKind.NameSimilarity ? key[..Math.Min(BlockLength, key.Length)] : key;
                    if (!keyed[r].TryGetValue(index, out var list)) keyed[r][index] = list = [];
                    list.Add((item, key));
                }
            }
        }

        var groups = new List<DuplicateGroup>();
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r].Rule;
            if (rule.Kind != DuplicateRuleKind.NameSimilarity)
            {
                groups.AddRange(keyed[r].Where(k => k.Value.Count > 1).OrderBy(k => k.Key, StringComparer.Ordinal)
                    .Select(k => new DuplicateGroup(rule.Name, rule.Kind, RuleKeys.Display(k.Key), k.Value.Select(v => v.Item).ToList())));
                continue;
            }
            foreach (var block in keyed[r].Values.Where(b => b.Count > 1)) groups.AddRange(SimilarNames(rule, block));
        }
        return groups;
    }

    private async Task<IReadOnlyList<DuplicateMatch>> FindAsync(string contentType, JsonObject data, string? excludeId, CancellationToken cancellationToken)
    {
        var (defs, type, rules) = await RulesAsync(contentType, cancellationToken);
        var wanted = rules.Select(r => RuleKeys.Of(r.Rule, r.Fields, f => FromJson(data[f.PartName]?[f.Field.Name]))).ToArray();
        var matches = new List<DuplicateMatch>();
        if (wanted.All(w => w.Count == 0)) return matches;

        await foreach (var (item, row) in ScanAsync(defs, type, rules, cancellationToken))
        {
            if (item.Id == excludeId) continue;
            for (var r = 0; r < rules.Count; r++)
            {
                if (wanted[r].Count == 0) continue;
                var rule = rules[r].Rule;
                var keys = RuleKeys.Of(rule, rules[r].Fields, f => row[f]);
                if (rule.Kind != DuplicateRuleKind.NameSimilarity)
                {
                    if (keys.Any(wanted[r].Contains)) matches.Add(new DuplicateMatch(item, rule.Name, rule.Kind, 1));
                    continue;
                }
                if (keys.Count == 0) continue;
                var score = Similarity.Similarity(wanted[r][0], keys[0]);
                if (score >= rule.EffectiveThreshold) matches.Add(new DuplicateMatch(item, rule.Name, rule.Kind, Math.Round(score, 4)));
            }
        }
        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.Item.Id, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<DuplicateGroup> SimilarNames(DuplicateRuleDefinition rule, List<(DuplicateItem Item, string Key)> block)
    {
        var names = block.Select(b => b.Key).ToArray();
        var parent = Enumerable.Range(0, block.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < block.Count; i++)
        {
            for (var j = i + 1; j < block.Count; j++)
            {
                if (Root(i) != Root(j) && (names[i] == names[j] || Similarity.Similarity(names[i], names[j]) >= rule.EffectiveThreshold)) parent[Root(j)] = Root(i);
            }
        }
        return Enumerable.Range(0, block.Count).GroupBy(Root).Where(g => g.Count() > 1).Select(g => new DuplicateGroup(
            rule.Name, rule.Kind, names[g.First()],
            g.Select(i => block[i].Item).ToList()));
    }

    private async IAsyncEnumerable<(DuplicateItem Item, Dictionary<ContentFieldReference, object?> Row)> ScanAsync(
        ContentDefinitions defs, ContentTypeDefinition type, IReadOnlyList<(DuplicateRuleDefinition Rule, IReadOnlyList<ContentFieldReference> Fields)> rules,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fields = rules.SelectMany(r => r.Fields).Distinct().ToList();
        var columns = string.Concat(fields.Select((f, i) => $", {ContentExpressions.Field(db.Dialect, f, kinds.Get(f.Field.Kind))} AS v{i}"));
        var sql = $"SELECT id, display_text{columns} FROM content_items WHERE {ContentExpressions.TypePredicate(type.Name)} AND id > @after ORDER BY id {db.Dialect.Paging("limit", "offset")}";
        var after = "";
        while (true)
        {
            var page = await db.QueryAsync<dynamic>(sql, new { after, limit = PageSize, offset = 0 }, cancellationToken);
            foreach (IDictionary<string, object?> row in page)
            {
                var values = new Dictionary<ContentFieldReference, object?>(fields.Count);
                for (var i = 0; i < fields.Count; i++) values[fields[i]] = row[$"v{i}"];
                yield return (new DuplicateItem((string)row["id"]!, (string?)row["display_text"] ?? ""), values);
            }
            if (page.Count < PageSize) yield break;
            after = (string)((IDictionary<string, object?>)page[^1])["id"]!;
        }
    }

    private async Task<(ContentDefinitions Defs, ContentTypeDefinition Type, IReadOnlyList<(DuplicateRuleDefinition Rule, IReadOnlyList<ContentFieldReference> Fields)> Rules)> RulesAsync(
        string contentType, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var type = RequireType(defs, contentType);
        if (type.Settings.DuplicateRules.Count == 0)
        {
            throw new InvalidOperationException($"{type.Name} has no duplicate rules: add \"DuplicateRules\" to its CrmTypeSettings.");
        }
        var rules = type.Settings.DuplicateRules
            .Select(r => (r, (IReadOnlyList<ContentFieldReference>)r.Fields.Select(f => defs.FindField(type, f)
                ?? throw new InvalidOperationException($"Duplicate rule {r.Name} of {type.Name} names '{f}', which is not a field of {type.Name}.")).ToList()))
            .ToList();
        return (defs, type, rules);
    }

    private static object? FromJson(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValues.Number(v),
        _ => null,
    };

    private static ContentTypeDefinition RequireType(ContentDefinitions defs, string name) =>
        defs.FindType(name) ?? throw new ContentValidationException(name, [new ContentFieldError("ContentType", new FieldProblem(FieldMessages.NotAContentType, name))]);
}
