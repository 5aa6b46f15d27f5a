using Microsoft.AspNetCore.Http;

namespace Crm.WebTracking.Endpoints;

/// <summary>The module's own scripts, embedded in its assembly and served from memory; browsers may keep them five minutes.</summary>
public static class EmbeddedScripts
{
    public static readonly Lazy<byte[]> Tracking = new(() => Read("Script/track.js"));
    public static readonly Lazy<byte[]> FormLoader = new(() => Read("Script/form.js"));

    public static IResult Serve(HttpContext http, Lazy<byte[]> script)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(script.Value, "text/javascript; charset=utf-8");
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the module.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
