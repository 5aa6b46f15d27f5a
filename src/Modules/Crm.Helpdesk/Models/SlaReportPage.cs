namespace Crm.Helpdesk.Models;

public sealed record SlaReportPage(int Months, IReadOnlyList<SlaReportRow> Rows);
