using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Customers;

namespace Crm.Grades.Rfm;

/// <summary>The Customer fields the sweep writes, with their SQL expressions (the indexed ones) and JSON paths.</summary>
public sealed class RfmFields
{
    public static readonly IReadOnlyList<string> Numbers =
        [GradeModel.RfmRecency, GradeModel.RfmFrequency, GradeModel.RfmMonetary, GradeModel.RfmTotal, GradeModel.PurchasesLast12Months];

    private readonly Dictionary<string, ContentFieldReference> _fields;
    private readonly ContentFieldReference? _grade;
    private readonly FieldKinds _kinds;
    private readonly ISqlDialect _dialect;

    private RfmFields(Dictionary<string, ContentFieldReference> fields, ContentFieldReference? grade, FieldKinds kinds, ISqlDialect dialect)
    {
        _fields = fields;
        _grade = grade;
        _kinds = kinds;
        _dialect = dialect;
    }

    /// <summary>The fields, or the names of those the Customer type lacks (an admin removed them).</summary>
    public static (RfmFields? Fields, IReadOnlyList<string> Missing) Find(ContentDefinitions definitions, FieldKinds kinds, ISqlDialect dialect)
    {
        var type = definitions.FindType(CustomerModel.Customer);
        var names = Numbers.Append(GradeModel.RfmScore).Append(GradeModel.AverageBasket).Append(CustomerModel.Grade).ToList();
        var found = new Dictionary<string, ContentFieldReference>();
        foreach (var name in names)
        {
            if (type is not null && definitions.FindField(type, name) is { } field) found[name] = field;
        }
        var missing = names.Where(n => !found.ContainsKey(n)).ToList();
        return missing.Count > 0 ? (null, missing) : (new RfmFields(found, found[CustomerModel.Grade], kinds, dialect), []);
    }

    /// <summary>The indexed expression of a field (a money field: its amount).</summary>
    public string Expression(string name) => ContentExpressions.Field(_dialect, _fields[name], _kinds.Get(_fields[name].Field.Kind));

    public string GradeExpression => ContentExpressions.Field(_dialect, _grade!, _kinds.Get(_grade!.Field.Kind));

    /// <summary>The JSON path segments (part, field) of a field.</summary>
    public (string Part, string Field) Path(string name) => (_fields[name].PartName, _fields[name].Field.Name);

    /// <summary>The currency the average basket is kept in (the field's setting; KRW when it has none).</summary>
    public string Currency => _fields[GradeModel.AverageBasket].Field.Settings.Currency ?? "KRW";
}
