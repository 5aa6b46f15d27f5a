using Crm.Core.Modules;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Users;

/// <summary>Texts are looked up on each call: the localizer follows the request's UI culture, this menu is a singleton.</summary>
[ForFeature("Crm.ApiKeys")]
public sealed class ApiKeysAdminMenu(IStringLocalizer<UsersText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Security"], text["API keys"], "/admin/api-keys", ApiKeyPermissions.ManageApiKeys, 30)];
}
