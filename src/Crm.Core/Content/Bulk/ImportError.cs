using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Bulk;

/// <param name="Row">1-based: the row's position in the input (for CSV, the spreadsheet row, the header being row 1).</param>
/// <param name="Field">The field or column as the input named it.</param>
public sealed record ImportError(int Row, string Field, FieldProblem Problem)
{
    public string Message => Problem.Message;

    public override string ToString() => $"row {Row}, {Field}: {Problem.Message}";
}
