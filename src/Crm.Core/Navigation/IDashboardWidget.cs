using System.Security.Claims;

namespace Crm.Core.Navigation;

/// <summary>
/// A card on the admin home, the user's dashboard (today's to-dos, customers to contact, the pipeline, team figures):
/// rendered by the module's view component named <see cref="ViewComponent"/>, shown while the module's feature is
/// enabled and <see cref="IsVisibleAsync"/> holds for the user. Register with <c>services.AddDashboardWidget&lt;T&gt;()</c>.
/// </summary>
public interface IDashboardWidget
{
    string ViewComponent { get; }

    /// <summary>Cards are laid out by position, smallest first.</summary>
    int Position { get; }

    /// <summary>Takes the whole row instead of half of it.</summary>
    bool Wide => false;

    Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
