using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Features;

/// <summary>Texts are looked up on each call: the localizer follows the request's UI culture, this menu is a singleton.</summary>
public sealed class AdminMenu(IStringLocalizer<FeaturesText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Platform"], text["Features"], "/admin/features", Permissions.ManageFeatures, 10),
        new(text["Platform"], text["Recipes"], "/admin/recipes", Permissions.ManageRecipes, 30),
    ];
}
