using System.Security.Claims;
using Crm.Contents.Models.SavedViews;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;

namespace Crm.Contents.Services.SavedViews;

/// <summary>Builds the saved-views menu of a list screen the user has already been allowed to see.</summary>
public sealed class SavedViewsPanelBuilder(SavedViewStore store, SavedViewAccess access)
{
    public async Task<SavedViewsPanel> BuildAsync(ContentTypeDefinition type, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var canShare = await access.CanShareAsync(user);
        var views = await store.ListAsync(type.Name, ContentAuthorizer.UserId(user), cancellationToken);
        return new SavedViewsPanel(views.Select(v => new SavedViewEntry(v, v.Shared ? canShare : true)).ToList(), canShare);
    }
}
