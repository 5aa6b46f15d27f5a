using Crm.Core.Content.Fields;

namespace Crm.Contents.Services.Import;

/// <summary>A problem with one row of the file: the spreadsheet row (header = 1), the column or field, and the problem.</summary>
public sealed record ImportReportRow(int Row, string Field, FieldProblem Problem);
