using System.Security.Claims;
using Crm.Core.Navigation;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Dashboard.Widgets;

/// <summary>A card with the team's figures: shown to users with <see cref="Permissions.ViewTeamDashboard"/>.</summary>
public abstract class TeamWidget(IAuthorizationService authorization) : IDashboardWidget
{
    public abstract string ViewComponent { get; }
    public abstract int Position { get; }

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(Permissions.ViewTeamDashboard))).Succeeded;
}
