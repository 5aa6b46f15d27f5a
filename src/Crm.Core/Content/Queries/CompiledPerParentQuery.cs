using Crm.Core.Content.Store;
using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>The SQL of a per-parent batch and how to tell which parent a returned item belongs to.</summary>
internal sealed record CompiledPerParentQuery(string Sql, DynamicParameters Parameters, Func<ContentItem, string?> ParentOf);
