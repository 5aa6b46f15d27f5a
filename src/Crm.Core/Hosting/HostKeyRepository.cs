using System.Xml.Linq;
using Crm.Core.Data;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Crm.Core.Hosting;

/// <summary>
/// Data-protection keys (they sign sign-in cookies and antiforgery tokens) in the host database, so every node
/// of a deployment accepts what another issued. The interface is synchronous; so are these calls.
/// </summary>
public sealed class HostKeyRepository(DataLocations locations) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = DbConnections.Create(locations.Host);
        connection.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = DbConnections.Create(locations.Host);
        connection.Open();
        connection.Execute(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
