using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Crm.Workflows.Screens;

/// <summary>"Start: {workflow}" on the detail page of an item, for each published workflow with a Manual trigger for its type.</summary>
public sealed class WorkflowItemActions(FeatureManager features, IAuthorizationService authorization, ManualStarts starts, IStringLocalizer<WorkflowsText> text)
    : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync("Crm.Workflows", cancellationToken)
            || !(await authorization.AuthorizeAsync(user, PermissionPolicyProvider.Prefix + Permissions.StartWorkflows)).Succeeded)
        {
            return [];
        }
        return (await starts.ForTypeAsync(item.ContentType, cancellationToken))
            .Select(s => new ItemAction(text["Start: {0}", s.Version.Definition.Title], $"/admin/workflows/start/{Uri.EscapeDataString(s.Version.Definition.Name)}"))
            .ToList();
    }
}
