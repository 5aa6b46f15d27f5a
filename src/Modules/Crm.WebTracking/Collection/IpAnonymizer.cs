using System.Net;

namespace Crm.WebTracking.Collection;

/// <summary>The IP as stored: with anonymisation on, an IPv4 address loses its last octet and an IPv6 address keeps only its /48 network.</summary>
public static class IpAnonymizer
{
    public static string? Stored(IPAddress? address, bool anonymize)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (!anonymize) return address.ToString();
        var bytes = address.GetAddressBytes();
        var keep = bytes.Length == 4 ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++) bytes[i] = 0;
        return new IPAddress(bytes).ToString();
    }
}
