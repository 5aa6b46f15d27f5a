using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Customers.Services;

/// <summary>Where the fields the next-contact date depends on live in the tenant's Customer type (admins may move or remove them).</summary>
public sealed record CustomerFields(ContentFieldReference Stage, ContentFieldReference? Grade, ContentFieldReference? LastActivityAt, ContentFieldReference ContactDueAt)
{
    /// <returns>Null when the type or one of its essential fields (stage, next-contact date) is gone.</returns>
    public static CustomerFields? Find(ContentDefinitions defs)
    {
        if (defs.FindType(CustomerModel.Customer) is not { } type) return null;
        return defs.FindField(type, CustomerModel.Stage) is { } stage && defs.FindField(type, CustomerModel.ContactDueAt) is { } due
            ? new CustomerFields(stage, defs.FindField(type, CustomerModel.Grade), defs.FindField(type, CustomerModel.LastActivityAt), due)
            : null;
    }

    public string? Text(JsonObject data, ContentFieldReference? field) =>
        field is not null && data[field.PartName]?[field.Field.Name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
