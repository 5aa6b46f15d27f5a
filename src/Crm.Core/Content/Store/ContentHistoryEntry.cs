using System.Text.Json.Nodes;

namespace Crm.Core.Content.Store;

/// <param name="Changes">Per changed field ("Part.Field"): <c>{ "from": ..., "to": ... }</c>.</param>
public sealed record ContentHistoryEntry(string ItemId, string ContentType, int Version, ContentEventKind Action, string? UserId, DateTimeOffset AtUtc, JsonObject Changes);
