namespace Crm.Contents.Models.Import;

/// <summary>A field a column may fill: the posted value is the qualified name ("Customer.Email").</summary>
public sealed record ImportFieldOption(string Name, string Label);
