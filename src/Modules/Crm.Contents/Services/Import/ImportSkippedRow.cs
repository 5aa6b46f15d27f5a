namespace Crm.Contents.Services.Import;

/// <summary>A row left out because the duplicate rules matched it to an existing item.</summary>
public sealed record ImportSkippedRow(int Row, string ItemId, string ItemText, string Rule);
