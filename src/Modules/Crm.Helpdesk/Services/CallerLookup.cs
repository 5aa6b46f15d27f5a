using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Customers;

namespace Crm.Helpdesk.Services;

/// <summary>
/// The customers a phone number belongs to, by the Customer type's phone duplicate rules (mobile and phone, Korean
/// formats normalised: "+82 10-1234-5678" is "010-1234-5678"), so a call finds its caller the way the create form
/// finds a duplicate.
/// </summary>
public sealed class CallerLookup(ContentDefinitionManager definitions, DuplicateFinder finder)
{
    public async Task<IReadOnlyList<DuplicateItem>> FindAsync(string? number, CancellationToken cancellationToken)
    {
        if (DuplicateKeys.Phone(number) is null) return [];
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(CustomerModel.Customer) is not { } type) return [];
        var phoneFields = type.Settings.DuplicateRules.Where(r => r.Kind == DuplicateRuleKind.Phone).SelectMany(r => r.Fields).Distinct().ToList();
        if (phoneFields.Count == 0) return [];
        var candidate = new JsonObject(phoneFields.Select(f => KeyValuePair.Create(f, (JsonNode?)JsonValue.Create(number!.Trim()))));
        try
        {
            return (await finder.FindDuplicatesAsync(CustomerModel.Customer, candidate, cancellationToken))
                .Where(m => m.Kind == DuplicateRuleKind.Phone).Select(m => m.Item).DistinctBy(i => i.Id).ToList();
        }
        catch (ContentValidationException)
        {
            // Not a number a customer's phone field would take: nobody has it.
            return [];
        }
    }
}
