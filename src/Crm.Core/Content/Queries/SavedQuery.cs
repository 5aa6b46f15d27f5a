using System.Text.Json.Nodes;

namespace Crm.Core.Content.Queries;

/// <param name="Filter">The filter in its JSON form (<see cref="FilterJson"/>); null matches every item.</param>
/// <param name="OrderBy">"Field" or "Field desc" entries, as in <see cref="ContentQueryRequest.OrderBy"/>.</param>
public sealed record SavedQuery(string Name, string ContentType, JsonNode? Filter, IReadOnlyList<string> OrderBy);
