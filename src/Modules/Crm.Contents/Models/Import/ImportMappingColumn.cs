namespace Crm.Contents.Models.Import;

/// <param name="Field">The qualified name of the field chosen for the column, or "" for "(ignore)".</param>
public sealed record ImportMappingColumn(int Index, string Header, string Field);
