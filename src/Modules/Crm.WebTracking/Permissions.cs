using Crm.Core.Security;

namespace Crm.WebTracking;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See the web reports and a customer's page views.</summary>
    public const string ViewWebTracking = "ViewWebTracking";

    /// <summary>Change the allowed websites, IP anonymisation, retention and GeoIP database.</summary>
    public const string ManageWebTracking = "ManageWebTracking";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewWebTracking, "See website visits: top pages, sources, devices, conversion and a customer's page views", "Marketing"),
        new(ManageWebTracking, "Change the web tracking settings", "Marketing"),
    ];
}
