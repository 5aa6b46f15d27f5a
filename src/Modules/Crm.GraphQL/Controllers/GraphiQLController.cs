using Crm.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.GraphQL.Controllers;

/// <summary>GraphiQL in the admin: explore the schema and run queries with the admin session's cookie.</summary>
[RequirePermission(Permissions.AccessGraphQL)]
public sealed class GraphiQLController : Controller
{
    [HttpGet("/admin/graphiql")]
    public IActionResult Index() => View();
}
