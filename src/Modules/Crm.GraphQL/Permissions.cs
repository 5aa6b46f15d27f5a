using Crm.Core.Security;

namespace Crm.GraphQL;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Call the GraphQL API at all; what a caller reads and writes is then decided per content type, as on the screens.</summary>
    public const string AccessGraphQL = "AccessGraphQL";

    public IEnumerable<Permission> GetPermissions() => [new(AccessGraphQL, "Use the GraphQL API (and its GraphiQL page)", "Integration")];
}
