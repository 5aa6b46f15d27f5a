using Crm.Core.Content.Security;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Contents;

public sealed class AdminMenu(IStringLocalizer<ContentsText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Content"], text["Content types"], "/admin/content-types", ContentPermissions.ManageContentTypes, 5),
    ];
}
