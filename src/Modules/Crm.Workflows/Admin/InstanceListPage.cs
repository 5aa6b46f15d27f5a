namespace Crm.Workflows.Admin;

/// <param name="Next">The cursor of the next page (null on the last page).</param>
public sealed record InstanceListPage(IReadOnlyList<InstanceListRow> Rows, string? Next);
