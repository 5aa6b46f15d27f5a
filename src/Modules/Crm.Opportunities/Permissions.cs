using Crm.Core.Security;

namespace Crm.Opportunities;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Set the probability of each open pipeline stage.</summary>
    public const string ManagePipeline = "ManagePipeline";

    public IEnumerable<Permission> GetPermissions() => [new(ManagePipeline, "Set the pipeline's stage probabilities", "Sales")];
}
