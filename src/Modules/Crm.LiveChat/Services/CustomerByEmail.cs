using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Customers;

namespace Crm.LiveChat.Services;

/// <summary>The customer whose Email field holds a visitor's address (through the field's index), when exactly one does.</summary>
public sealed class CustomerByEmail(ContentDefinitionManager definitions, ContentQuery query)
{
    public const string EmailField = "Email";

    public async Task<string?> FindAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(CustomerModel.Customer) is not { } type || defs.FieldsOf(type).All(f => f.Field.Name != EmailField)) return null;
        var found = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CustomerModel.Customer,
            Filter = new FilterComparison(EmailField, FilterOperator.Eq, JsonValue.Create(email.Trim()), "$.Filter.field", "$.Filter.value"),
            First = 2, Count = CountMode.None,
        }, cancellationToken);
        return found.Items.Count == 1 ? found.Items[0].Id : null;
    }
}
