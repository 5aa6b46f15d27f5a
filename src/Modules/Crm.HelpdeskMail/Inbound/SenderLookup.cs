using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Customers;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>
/// The customer a mail comes from, by the Customer type's email duplicate rules (trimmed, lower-cased, Gmail dots and
/// +tags ignored), so a sender is found the way the create form finds a duplicate. Two customers with the address: none
/// is chosen (an agent attaches the right one).
/// </summary>
public sealed class SenderLookup(ContentDefinitionManager definitions, DuplicateFinder finder)
{
    public async Task<string?> CustomerIdAsync(string address, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(CustomerModel.Customer) is not { } type) return null;
        var fields = type.Settings.DuplicateRules.Where(r => r.Kind == DuplicateRuleKind.Email).SelectMany(r => r.Fields).Distinct().ToList();
        if (fields.Count == 0) return null;
        var candidate = new JsonObject(fields.Select(f => KeyValuePair.Create(f, (JsonNode?)JsonValue.Create(address))));
        try
        {
            var found = (await finder.FindDuplicatesAsync(CustomerModel.Customer, candidate, cancellationToken))
                .Where(m => m.Kind == DuplicateRuleKind.Email).Select(m => m.Item.Id).Distinct().ToList();
            return found.Count == 1 ? found[0] : null;
        }
        catch (ContentValidationException)
        {
            return null; // not an address the customer's email field would take: nobody has it
        }
    }
}
