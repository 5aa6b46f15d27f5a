using System.Text.Json.Nodes;

namespace Crm.Bench.Common;

/// <summary>
/// One content item of a type to write as if it had been made at <paramref name="CreatedUtc"/> and last changed at
/// <paramref name="ModifiedUtc"/>: the values as a caller gives them to the engine (flat field names), not yet canonical.
/// </summary>
/// <param name="Id">A ULID (the engine's ids are ULIDs of their creation time).</param>
public sealed record BenchItem(string ContentType, string Id, string? Owner, DateTimeOffset CreatedUtc, DateTimeOffset ModifiedUtc, JsonObject Values);
