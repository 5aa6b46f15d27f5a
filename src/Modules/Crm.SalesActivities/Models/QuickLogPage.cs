namespace Crm.SalesActivities.Models;

/// <param name="Errors">Field → message (in the user's language).</param>
public sealed record QuickLogPage(string CustomerName, QuickLogForm Form, IReadOnlyDictionary<string, string> Errors);
