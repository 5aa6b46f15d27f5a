namespace Crm.Retention.Models;

public sealed record ProgramsPage(IReadOnlyList<ProgramRow> Programs, bool CanManage);
