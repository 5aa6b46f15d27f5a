using System.Collections.Concurrent;
using System.Net;
using MaxMind.GeoIP2;
using Microsoft.Extensions.Logging;

namespace Crm.WebTracking.Collection;

/// <summary>
/// A visitor's region ("KR / Seoul", or the country alone) from a MaxMind GeoIP2/GeoLite2 City or Country database, when
/// the tenant names one. Each file is opened once per node (memory-mapped) and shared by the tenants that name it; a
/// file that cannot be opened gives no regions (logged once), never a failed hit.
/// </summary>
public sealed class GeoIpRegions(ILogger<GeoIpRegions> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<DatabaseReader?>> _readers = new(StringComparer.Ordinal);

    public string? RegionOf(string? databasePath, IPAddress? address)
    {
        if (databasePath is null || address is null) return null;
        var reader = _readers.GetOrAdd(databasePath, path => new Lazy<DatabaseReader?>(() => Open(path))).Value;
        if (reader is null) return null;
        try
        {
            if (reader.Metadata.DatabaseType.Contains("City", StringComparison.OrdinalIgnoreCase))
            {
                if (!reader.TryCity(address, out var city) || city?.Country.IsoCode is not { } cityCountry) return null;
                return Join(cityCountry, city.MostSpecificSubdivision.Name ?? city.City.Name);
            }
            return reader.TryCountry(address, out var country) && country?.Country.IsoCode is { } code ? code : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogDebug(e, "GeoIP lookup of {Address} failed", address);
            return null;
        }
    }

    /// <summary>The settings check: null when the file opens as a GeoIP2 City or Country database, else what is wrong.</summary>
    public static string? Check(string path)
    {
        if (!path.EndsWith(".mmdb", StringComparison.OrdinalIgnoreCase)) return "must be the path of a MaxMind database file ending in .mmdb";
        if (!File.Exists(path)) return $"there is no file '{path}' on the server";
        try
        {
            using var reader = new DatabaseReader(path);
            var type = reader.Metadata.DatabaseType;
            return type.Contains("City", StringComparison.OrdinalIgnoreCase) || type.Contains("Country", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"'{path}' is a {type} database; a City or Country database is needed";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"'{path}' is not a MaxMind database ({e.Message})";
        }
    }

    private DatabaseReader? Open(string path)
    {
        try
        {
            return new DatabaseReader(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "The GeoIP database {Path} could not be opened; page views are stored without regions", path);
            return null;
        }
    }

    private static string Join(string country, string? region) =>
        PageAddress.Cut(string.IsNullOrEmpty(region) ? country : $"{country} / {region}", HitLimits.MaxTagLength);

    public void Dispose()
    {
        foreach (var reader in _readers.Values.Where(r => r.IsValueCreated)) reader.Value?.Dispose();
    }
}
