using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities;

public sealed class AdminMenu(IStringLocalizer<OpportunitiesText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Sales"], text["Pipeline probabilities"], "/admin/opportunities/pipeline", Permissions.ManagePipeline, 81)];
}
