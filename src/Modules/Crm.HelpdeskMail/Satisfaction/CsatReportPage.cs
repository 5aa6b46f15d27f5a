namespace Crm.HelpdeskMail.Satisfaction;

public sealed record CsatReportPage(int Months, IReadOnlyList<CsatRow> Rows);
