using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;

namespace Crm.GraphQL.Resolvers;

/// <summary>One page of a list query as its connection serves it (Relay cursor connection).</summary>
internal sealed record ConnectionResult(IReadOnlyList<ContentItem> Items, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage, ContentCount? Count);
