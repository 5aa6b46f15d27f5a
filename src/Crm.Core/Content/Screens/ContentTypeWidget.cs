using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;

namespace Crm.Core.Content.Screens;

/// <summary>
/// A dashboard card about the items of one content type (my to-dos, customers to contact, my pipeline): shown while the
/// type exists to users who may see some of its items.
/// </summary>
public abstract class ContentTypeWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer, string contentType) : IDashboardWidget
{
    public abstract string ViewComponent { get; }
    public abstract int Position { get; }

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(contentType) is { } type
        && await authorizer.ViewScopeAsync(user, type, cancellationToken) != ContentScope.None;
}
