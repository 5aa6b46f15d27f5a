using System.Buffers.Text;
using System.Security.Cryptography;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>A recipient's token: 128 random bits in base64url (22 characters), unguessable, unique per recipient row.</summary>
public static class RecipientTokens
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Could be a token (cheap check before any query: bad input never reaches the database).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
