using System.Globalization;
using Crm.Core.Content.Queries;

namespace Crm.Contents.Models.Filters;

/// <summary>One condition of the builder: field, operator and the values as written (several for "in").</summary>
public sealed record FilterBuilderRow(FilterBuilderField Field, string Operator, IReadOnlyList<string> Values)
{
    public string Value => Values.Count > 0 ? Values[0] : "";

    public bool HasValue => Operator is not ("isNull" or FilterBuilderField.NotNull);

    public bool IsRelativeDate => Field.IsDate && RelativeDates.IsRelative(Value);

    /// <summary>The value as a date or datetime-local input takes it: the written wall-clock time of a date and time.</summary>
    public string DateInputValue => Field.Widget == "datetime" && !IsRelativeDate
        && DateTimeOffset.TryParse(Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : IsRelativeDate ? "" : Value;
}
