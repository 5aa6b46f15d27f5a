using System.Text.Json.Nodes;
using Crm.Core.Hosting;
using Crm.Core.Outbox;
using Crm.Core.Tenants;
using MimeKit;

namespace Crm.Email.Services;

/// <summary>
/// Where mail goes while the tenant has no SMTP server: {DataDir}/Sites/{tenant}/mail/outbox/{yyyy-MM-dd}/{id}.eml, one file
/// per message (any mail program opens it), written whole or not at all.
/// </summary>
public sealed class EmlFileDrop(DataLocations locations, TenantScope scope)
{
    public string Directory => Path.Combine(locations.TenantDirectory(scope.Tenant.Name), "mail", "outbox");

    public string PathOf(OutboxMessage queued) =>
        Path.Combine(Directory, queued.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), queued.Id + ".eml");

    public async Task<JsonObject> WriteAsync(MimeMessage message, OutboxMessage queued, CancellationToken cancellationToken)
    {
        var path = PathOf(queued);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, cancellationToken);
        }
        File.Move(partial, path, overwrite: true);
        return new JsonObject { ["transport"] = "file", ["path"] = path };
    }
}
