using Crm.Core.Content.Definitions;
using Crm.Customers;

namespace Crm.Grades.Rules;

/// <summary>The grades a customer can have: the options of the Customer's Grade field (null when the type has no such field).</summary>
public static class GradeOptions
{
    public static IReadOnlyList<string>? Of(ContentDefinitions definitions) =>
        definitions.FindType(CustomerModel.Customer) is { } type && definitions.FindField(type, CustomerModel.Grade) is { } field
            ? field.Field.Settings.Options.Select(o => o.Value).ToList()
            : null;
}
