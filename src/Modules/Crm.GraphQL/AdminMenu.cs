using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.GraphQL;

public sealed class AdminMenu(IStringLocalizer<GraphQLText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Platform"], text["GraphQL explorer"], "/admin/graphiql", Permissions.AccessGraphQL, 40)];
}
