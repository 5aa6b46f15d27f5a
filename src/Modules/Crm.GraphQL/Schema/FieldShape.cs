namespace Crm.GraphQL.Schema;

/// <summary>How a field kind appears in GraphQL: the output type, the input type and the filter input follow from it.</summary>
internal enum FieldShape
{
    Text,
    Decimal,
    Money,
    Boolean,
    Date,
    DateTime,
    Choice,
    Tags,
    Relation,
    User,
}
