using System.Security.Claims;
using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Data;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Items a relation picker offers while the user types: live items of the related types whose display text contains
/// the search text. Each related type is searched only as far as the user may see it, so the picker never reveals the
/// names of items the lists would hide.
/// </summary>
public sealed class RelationOptionSearch(TenantDb db, ContentAuthorizer authorizer)
{
    /// <summary>A short page keeps the dropdown usable; the user narrows the text to find others.</summary>
    public const int Limit = 20;

    public async Task<IReadOnlyList<RelationOption>> FindAsync(ClaimsPrincipal user, ContentDefinitions defs, IReadOnlyList<string> relatedTypes, string? search,
        CancellationToken cancellationToken)
    {
        var all = new List<string>();
        var own = new List<string>();
        foreach (var name in relatedTypes)
        {
            if (defs.FindType(name) is not { } type) continue;
            switch (await authorizer.ViewScopeAsync(user, type, cancellationToken))
            {
                case ContentScope.All: all.Add(type.Name); break;
                case ContentScope.Own: own.Add(type.Name); break;
            }
        }
        if (all.Count == 0 && own.Count == 0) return [];
        // LOWER on both sides because LIKE is case-sensitive on PostgreSQL; the escape keeps % and _ in the text literal.
        var pattern = "%" + Escape((search ?? "").Trim().ToLowerInvariant()) + "%";
        var rows = await db.QueryAsync<(string Id, string DisplayText)>(
            $"""
             SELECT id, display_text FROM content_items
             WHERE deleted_utc IS NULL AND ({db.Dialect.InList("content_type", "all")} OR ({db.Dialect.InList("content_type", "own")} AND owner = @owner))
               AND LOWER(display_text) LIKE @pattern ESCAPE '\'
             ORDER BY display_text, id LIMIT {Limit}
             """,
            new { all = all.ToArray(), own = own.ToArray(), owner = ContentAuthorizer.UserId(user), pattern }, cancellationToken);
        return rows.Select(r => new RelationOption(r.Id, r.DisplayText)).ToList();
    }

    private static string Escape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
