using System.Buffers;
using System.Text.Json;
using Crm.WebTracking.Collection;
using Microsoft.AspNetCore.Http;

namespace Crm.WebTracking.Endpoints;

/// <summary>
/// Reads a hit from a beacon body (JSON sent as text/plain or application/json, at most <see cref="HitLimits.MaxBodyBytes"/>)
/// or from the pixel's query string. Anything unreadable becomes null: the endpoint answers the same either way.
/// </summary>
public static class HitReader
{
    public static async Task<RawHit?> FromBeaconAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("text/plain" or "application/json")) return null;
        if (request.ContentLength is > HitLimits.MaxBodyBytes) return null;

        var buffer = ArrayPool<byte>.Shared.Rent(HitLimits.MaxBodyBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= HitLimits.MaxBodyBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length, HitLimits.MaxBodyBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }
            if (length == 0 || length > HitLimits.MaxBodyBytes) return null;
            return Parse(buffer.AsSpan(0, length)) is { } hit ? Describe(hit, request) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static RawHit FromPixel(HttpRequest request, string visitorId)
    {
        var query = request.Query;
        var page = First(query["u"]) ?? request.Headers.Referer.ToString();
        var viewId = HitLimits.IsId(First(query["p"])) ? First(query["p"]) : HitLimits.NewId();
        return Describe(new RawHit(RawHit.View, visitorId, viewId, page, First(query["r"]), null), request) with { Origin = null };
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;

    private static RawHit Describe(RawHit hit, HttpRequest request) => hit with
    {
        UserAgent = request.Headers.UserAgent.Count == 1 ? request.Headers.UserAgent[0] : null,
        Origin = request.Headers.Origin.Count == 1 ? request.Headers.Origin[0] : null,
        Ip = request.HttpContext.Connection.RemoteIpAddress,
    };

    private static RawHit? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 2 });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            return new RawHit(Text(root, "t"), Text(root, "v"), Text(root, "p"), Text(root, "u"), Text(root, "r"),
                root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt64(out var seconds) ? seconds : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
