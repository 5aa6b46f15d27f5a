using Crm.Core.Modules;
using Crm.Core.Security;

namespace Crm.HelpdeskMail.Satisfaction;

[ForFeature(MailFeatures.Satisfaction)]
public sealed class SatisfactionPermissions : IPermissionProvider
{
    /// <summary>See the CSAT report (every agent's survey answers).</summary>
    public const string ViewCsatReport = "ViewCsatReport";

    public IEnumerable<Permission> GetPermissions() => [new(ViewCsatReport, "See the customer satisfaction (CSAT) report", "Support")];
}
