using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Crm.Contents.Services.Import;

/// <summary>
/// Uploaded files between the upload and the mapping step, in memory keyed by a random token. Files are small (capped at
/// <see cref="MaxBytes"/>), live <see cref="Lifetime"/> at most, and are removed when their import starts; expired ones
/// are dropped whenever a new file arrives, so an abandoned mapping step does not keep its file.
/// </summary>
public sealed class ImportUploads(TimeProvider clock)
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<string, ImportUpload> _uploads = new(StringComparer.Ordinal);

    public ImportUpload Add(string tenant, string userId, string contentType, string fileName, string text)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _uploads.Values.Where(u => u.Expires <= now)) _uploads.TryRemove(expired.Token, out _);
        // Many abandoned uploads within the lifetime: the oldest go first.
        foreach (var oldest in _uploads.Values.OrderBy(u => u.Expires).Take(Math.Max(0, _uploads.Count - MaxFiles + 1))) _uploads.TryRemove(oldest.Token, out _);
        var upload = new ImportUpload(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), tenant, userId, contentType, fileName, text, now + Lifetime);
        _uploads[upload.Token] = upload;
        return upload;
    }

    /// <summary>The upload if it exists, has not expired and belongs to this tenant, user and type.</summary>
    public ImportUpload? Find(string? token, string tenant, string userId, string contentType) =>
        token is not null && _uploads.TryGetValue(token, out var upload) && upload.Expires > clock.GetUtcNow()
        && upload.Tenant == tenant && upload.UserId == userId && string.Equals(upload.ContentType, contentType, StringComparison.OrdinalIgnoreCase)
            ? upload
            : null;

    public void Remove(string token) => _uploads.TryRemove(token, out _);
}
