namespace Crm.Workflows.Triggers;

/// <summary>What a sweep would select now: how many items and the first few, before it is enabled.</summary>
public sealed record SweepPreview(long Count, IReadOnlyList<(string Id, string DisplayText)> Sample);
