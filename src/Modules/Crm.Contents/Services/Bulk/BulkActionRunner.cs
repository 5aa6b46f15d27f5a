using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Bulk;
using Crm.Contents.Services.Items;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Bulk;

/// <summary>
/// Runs a bulk action item by item. Each item is authorized on its own and changed in its own transaction, so a refusal
/// or a conflict leaves that item untouched while the items already done stay done.
/// </summary>
public sealed class BulkActionRunner(ContentManager manager, ContentAuthorizer authorizer, IUserDirectory users, ItemFormBinder binder,
    IStringLocalizer<ContentToolsText> text, IStringLocalizer<ContentText> fieldText)
{
    public const int MaxItems = 500;

    /// <summary>
    /// Checks the request as a whole before any item is touched; an error here means nothing was done. Returns the
    /// request with the new owner's id when it names a user.
    /// </summary>
    public async Task<(IReadOnlyList<string> Errors, BulkRequest Request)> ValidateAsync(ContentDefinitions defs, ContentTypeDefinition type, BulkRequest request,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (request.Items.Count == 0) errors.Add(text["Select at least one item."]);
        if (request.Items.Count > MaxItems) errors.Add(text["Select at most {0} items at a time.", MaxItems]);
        switch (request.Action)
        {
            case "delete":
                break;
            case "assign" when string.IsNullOrWhiteSpace(request.Owner):
                errors.Add(text["Choose the user who becomes the owner."]);
                break;
            case "assign":
                var ownerId = await users.IdOfAsync(request.Owner, cancellationToken);
                if (ownerId is null) errors.Add(text["There is no user named '{0}'.", request.Owner.Trim()]);
                else request = request with { OwnerId = ownerId };
                break;
            case "set" when ChoiceField(defs, type, request.Field) is not { } field:
                errors.Add(text["'{0}' is not a choice field of {1}.", request.Field ?? "", type.DisplayName]);
                break;
            case "set" when !ChoiceField(defs, type, request.Field)!.Field.Settings.Options.Any(o => o.Value == request.Option):
                errors.Add(text["'{0}' is not one of the options of {1}.", request.Option ?? "", request.Field ?? ""]);
                break;
            case "set":
                break;
            default:
                errors.Add(text["Choose an action."]);
                break;
        }
        return (errors, request);
    }

    public async Task<(int Changed, IReadOnlyList<BulkFailure> Failures)> RunAsync(ContentDefinitions defs, ContentTypeDefinition type, BulkRequest request,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var changed = 0;
        var failures = new List<BulkFailure>();
        foreach (var selected in request.Items.DistinctBy(i => i.Id.ToUpperInvariant()))
        {
            var item = await manager.GetAsync(selected.Id, cancellationToken: cancellationToken);
            if (item is null || !string.Equals(item.ContentType, type.Name, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(new BulkFailure(selected.Id, "", StatusCodes.Status404NotFound, text["The item no longer exists."]));
                continue;
            }
            var action = request.Action == "delete" ? ContentAction.Delete : ContentAction.Edit;
            if (!await authorizer.CanAsync(user, action, type, item.Owner, cancellationToken))
            {
                failures.Add(new BulkFailure(item.Id, item.DisplayText, StatusCodes.Status403Forbidden, text["You do not have the right to change this item."]));
                continue;
            }
            try
            {
                await ApplyAsync(defs, type, request, item, selected.Version, cancellationToken);
                changed++;
            }
            catch (ContentConcurrencyException)
            {
                failures.Add(new BulkFailure(item.Id, item.DisplayText, StatusCodes.Status409Conflict, text["Someone changed this item after the list was loaded."]));
            }
            catch (ContentNotFoundException)
            {
                failures.Add(new BulkFailure(item.Id, item.DisplayText, StatusCodes.Status404NotFound, text["The item no longer exists."]));
            }
            catch (ContentValidationException e)
            {
                var reasons = e.Errors.Select(error => $"{error.Field}: {error.Problem.Localize(fieldText)}");
                failures.Add(new BulkFailure(item.Id, item.DisplayText, StatusCodes.Status400BadRequest, string.Join(" ", reasons)));
            }
        }
        return (changed, failures);
    }

    private async Task ApplyAsync(ContentDefinitions defs, ContentTypeDefinition type, BulkRequest request, ContentItem item, int version, CancellationToken cancellationToken)
    {
        switch (request.Action)
        {
            case "delete":
                await manager.DeleteAsync(item.Id, version, cancellationToken);
                break;
            case "assign":
                await manager.AssignOwnerAsync(item.Id, request.OwnerId!, version, cancellationToken);
                break;
            default:
                var field = ChoiceField(defs, type, request.Field)!;
                await manager.UpdateAsync(item.Id, new JsonObject { [field.QualifiedName] = request.Option }, version, cancellationToken);
                break;
        }
    }

    /// <summary>A single-choice field of the type, the only kind a bulk "set" offers.</summary>
    public ContentFieldReference? ChoiceField(ContentDefinitions defs, ContentTypeDefinition type, string? name) =>
        !string.IsNullOrEmpty(name) && defs.FindField(type, name) is { } field && binder.KindOf(field) == "Choice" && !field.Field.Settings.Multiple ? field : null;
}
