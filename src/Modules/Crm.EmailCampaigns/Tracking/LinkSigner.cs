using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Crm.Core.Data;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// Signs tracked links: an HMAC-SHA256 of the recipient token and the target URL under the tenant's own random key
/// (made on first use and kept in email_campaign_keys), so a reader who has a token still cannot make the redirect go to
/// a URL of their choosing.
/// </summary>
public sealed class LinkSigner(TenantDb db)
{
    private const string KeyName = "links";
    private byte[]? _key;

    public async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is not null) return _key;
        var stored = await db.ExecuteScalarAsync<string?>("SELECT secret FROM email_campaign_keys WHERE name = @name", new { name = KeyName }, cancellationToken);
        if (stored is null)
        {
            await db.ExecuteAsync("INSERT INTO email_campaign_keys (name, secret) VALUES (@name, @secret) ON CONFLICT (name) DO NOTHING",
                new { name = KeyName, secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, cancellationToken);
            stored = await db.ExecuteScalarAsync<string>("SELECT secret FROM email_campaign_keys WHERE name = @name", new { name = KeyName }, cancellationToken);
        }
        return _key = Convert.FromBase64String(stored!);
    }

    public static string Sign(byte[] key, string token, string url) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token + "\n" + url)).AsSpan(0, 16));

    public async Task<bool> IsSignedAsync(string token, string url, string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(await KeyAsync(cancellationToken), token, url));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
