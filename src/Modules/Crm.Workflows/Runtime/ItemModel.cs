using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;

namespace Crm.Workflows.Runtime;

/// <summary>
/// A content item as scripts and templates see it: its columns (Id, ContentType, DisplayText, Owner, CreatedUtc,
/// ModifiedUtc, Version), each field by name (<c>item.Stage</c>, <c>{{ item.Name }}</c>) and each part by name.
/// </summary>
public static class ItemModel
{
    public static JsonObject From(ContentItem item, ContentDefinitions definitions)
    {
        var model = new JsonObject
        {
            ["Id"] = item.Id,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Owner"] = item.Owner,
            ["CreatedUtc"] = Stamps.Of(item.CreatedUtc),
            ["ModifiedUtc"] = Stamps.Of(item.ModifiedUtc),
            ["Version"] = item.Version,
        };
        foreach (var (part, values) in item.Data) model[part] = values?.DeepClone();
        if (definitions.FindType(item.ContentType) is { } type)
        {
            foreach (var field in definitions.FieldsOf(type))
            {
                if (!model.ContainsKey(field.Field.Name)) model[field.Field.Name] = item.Value(field.PartName, field.Field.Name)?.DeepClone();
            }
        }
        return model;
    }
}
