using System.Security.Claims;
using Crm.Core.Content.Security;
using Crm.Core.Content.Translations;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Contents;

/// <summary>One menu entry per listable type whose items the user may see.</summary>
public sealed class ContentTypesMenu(LocalizedDefinitions definitions, ContentAuthorizer authorizer, IStringLocalizer<ContentsText> text) : IDynamicAdminMenu
{
    public async Task<IEnumerable<AdminMenuItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var items = new List<AdminMenuItem>();
        foreach (var type in (await definitions.GetAsync(cancellationToken)).Types.Where(t => t.Settings.Listable).OrderBy(t => t.DisplayName))
        {
            if (await authorizer.ViewScopeAsync(user, type, cancellationToken) == ContentScope.None) continue;
            items.Add(new AdminMenuItem(text["Content"], type.DisplayName, $"/contents/{type.Name}", null, 1));
        }
        return items;
    }
}
