using System.Net;
using System.Text;

namespace Crm.Web.Tests.WebTracking;

/// <summary>
/// Writes a MaxMind DB file (format 2.0, IPv4, 24-bit records) of type GeoLite2-City that knows one /24 network, so the
/// GeoIP path is tested with MaxMind's own reader and no downloaded database. The layout: a search tree of one node per
/// prefix bit (the other side of each bit empty), 16 zero bytes, the data section, then the metadata after its marker.
/// </summary>
public static class TinyGeoIpDatabase
{
    public static void Write(string path, string network24, string countryIso, string subdivision)
    {
        var prefix = IPAddress.Parse(network24).GetAddressBytes();
        const int nodeCount = 24;
        const uint empty = nodeCount;
        const uint firstData = nodeCount + 16; // data section offset 0

        var output = new MemoryStream();
        for (var node = 0; node < nodeCount; node++)
        {
            var bit = (prefix[node / 8] >> (7 - node % 8)) & 1;
            var next = node == nodeCount - 1 ? firstData : (uint)(node + 1);
            WriteRecord(output, bit == 0 ? next : empty);
            WriteRecord(output, bit == 1 ? next : empty);
        }
        output.Write(new byte[16]);

        Map(output, 2);
        Text(output, "country");
        Map(output, 2);
        Text(output, "iso_code");
        Text(output, countryIso);
        Text(output, "names");
        Map(output, 1);
        Text(output, "en");
        Text(output, countryIso);
        Text(output, "subdivisions");
        Array(output, 1);
        Map(output, 1);
        Text(output, "names");
        Map(output, 1);
        Text(output, "en");
        Text(output, subdivision);

        output.Write([0xAB, 0xCD, 0xEF]);
        output.Write(Encoding.ASCII.GetBytes("MaxMind.com"));
        Map(output, 9);
        Text(output, "binary_format_major_version");
        UInt(output, 5, 2);
        Text(output, "binary_format_minor_version");
        UInt(output, 5, 0);
        Text(output, "build_epoch");
        UInt64(output, 1_764_000_000);
        Text(output, "database_type");
        Text(output, "GeoLite2-City");
        Text(output, "description");
        Map(output, 1);
        Text(output, "en");
        Text(output, "CrmPlatform test database");
        Text(output, "ip_version");
        UInt(output, 5, 4);
        Text(output, "languages");
        Array(output, 1);
        Text(output, "en");
        Text(output, "node_count");
        UInt(output, 6, nodeCount);
        Text(output, "record_size");
        UInt(output, 5, 24);
        File.WriteAllBytes(path, output.ToArray());
    }

    private static void WriteRecord(Stream output, uint value) => output.Write([(byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static void Text(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        output.WriteByte((byte)((2 << 5) | bytes.Length)); // short strings only (< 29 bytes)
        output.Write(bytes);
    }

    private static void Map(Stream output, int entries) => output.WriteByte((byte)((7 << 5) | entries));

    private static void Array(Stream output, int items)
    {
        output.WriteByte((byte)items); // extended type: 0 in the type bits, then 11 - 7
        output.WriteByte(4);
    }

    /// <summary>uint16 (type 5) or uint32 (type 6), big-endian in as few bytes as the value needs.</summary>
    private static void UInt(Stream output, int type, uint value)
    {
        var bytes = BitConverter.GetBytes(value).Reverse().SkipWhile(b => b == 0).ToArray();
        output.WriteByte((byte)((type << 5) | bytes.Length));
        output.Write(bytes);
    }

    private static void UInt64(Stream output, ulong value)
    {
        var bytes = BitConverter.GetBytes(value).Reverse().SkipWhile(b => b == 0).ToArray();
        output.WriteByte((byte)bytes.Length); // extended type 9: 9 - 7 = 2
        output.WriteByte(2);
        output.Write(bytes);
    }
}
