using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>Reads an item's money and number fields by field name, whichever part of the admin-extensible type holds them.</summary>
public static class ItemValues
{
    public static JsonNode? Of(ContentItem? item, string field) => item?.Data.Select(part => part.Value?[field]).FirstOrDefault(value => value is not null);

    public static Money? Money(ContentItem? item, string field) => Models.Money.From(Of(item, field));

    public static decimal? Number(ContentItem? item, string field) => Numbers.From(Of(item, field));
}
