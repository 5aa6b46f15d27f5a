using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;

namespace Crm.Customers.Services;

/// <summary>Moves a customer to another stage with a reason: the stage changes and its history row is written in one transaction.</summary>
public sealed class StageMoves(ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer, StageMoveReason reason)
{
    public const int MaxReasonLength = 500;

    /// <exception cref="ContentNotFoundException">No live customer has this id.</exception>
    /// <exception cref="StageMoveException">The reason is missing or too long, or the customer is already in that stage.</exception>
    /// <exception cref="ContentValidationException">The stage is not one of the field's options.</exception>
    /// <exception cref="ContentConcurrencyException">Someone changed the customer since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not edit this customer.</exception>
    public async Task<ContentItem> MoveAsync(ClaimsPrincipal user, string customerId, string stage, string? why, int expectedVersion, CancellationToken cancellationToken)
    {
        var item = await RequireCustomerAsync(customerId, cancellationToken);
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(CustomerModel.Customer)!;
        if (!await authorizer.CanAsync(user, ContentAction.Edit, type, item.Owner, cancellationToken)) throw new UnauthorizedAccessException();

        why = why?.Trim();
        if (string.IsNullOrEmpty(why)) throw new StageMoveException(StageMoveException.ReasonRequired);
        if (why.Length > MaxReasonLength) throw new StageMoveException(StageMoveException.ReasonTooLong, MaxReasonLength);
        if (StageOf(item) == stage) throw new StageMoveException(StageMoveException.SameStage, stage);

        reason.Text = why;
        try
        {
            return await content.UpdateAsync(item.Id, new JsonObject { [CustomerModel.Stage] = stage }, expectedVersion, cancellationToken);
        }
        finally
        {
            reason.Text = null;
        }
    }

    public async Task<ContentItem> RequireCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        await content.GetAsync(customerId, cancellationToken: cancellationToken) is { ContentType: CustomerModel.Customer } item
            ? item
            : throw new ContentNotFoundException(customerId);

    public static string? StageOf(ContentItem item) => item.Text(CustomerModel.Stage);
}
