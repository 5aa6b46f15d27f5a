namespace Crm.Core.Navigation;

/// <summary>A module's AdminMenu.cs; its items appear while the provider's feature is enabled.</summary>
public interface IAdminMenu
{
    IEnumerable<AdminMenuItem> Items();
}
