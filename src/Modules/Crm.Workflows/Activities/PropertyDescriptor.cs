namespace Crm.Workflows.Activities;

/// <summary>One setting of an activity as the property panel shows it; <see cref="Kind"/> decides the editor and the checks.</summary>
public sealed record PropertyDescriptor(string Name, PropertyKind Kind, string Hint, bool Required = false, IReadOnlyList<string>? Options = null);
