using System.Security.Claims;
using Crm.Contents.Models.SavedViews;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Contents.Services.SavedViews;

/// <summary>
/// Who sees and changes saved views. The caller has already checked that the user may view the type's list;
/// on top of that a personal view is its owner's alone, and shared views are created and deleted only with ManageContentTypes.
/// </summary>
public sealed class SavedViewAccess(IAuthorizationService authorization)
{
    /// <summary>Another user's personal view is treated as missing, so its existence is not revealed.</summary>
    public static bool CanSee(ClaimsPrincipal user, SavedView view) => view.Shared || view.UserId == ContentAuthorizer.UserId(user);

    public async Task<bool> CanShareAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicyProvider.Prefix + ContentPermissions.ManageContentTypes)).Succeeded;

    public async Task<bool> CanDeleteAsync(ClaimsPrincipal user, SavedView view) =>
        view.Shared ? await CanShareAsync(user) : view.UserId == ContentAuthorizer.UserId(user);
}
