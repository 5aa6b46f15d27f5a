using Crm.GraphQL.Resolvers;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>The types every tenant's schema shares: paging info, money, users, the item interface and the filter inputs per scalar.</summary>
internal sealed class SharedTypes
{
    public SharedTypes()
    {
        PageInfo = Object("PageInfo", "Where a connection's page lies in the whole list (Relay cursor connections).",
            ("hasNextPage", NonNull(Scalars.Boolean), "More items follow this page.", s => ((ConnectionResult)s).HasNextPage),
            ("hasPreviousPage", NonNull(Scalars.Boolean), "Items precede this page.", s => ((ConnectionResult)s).HasPreviousPage),
            ("startCursor", Scalars.String, "The first item's cursor.", s => ((ConnectionResult)s).Cursors is { Count: > 0 } c ? c[0] : null),
            ("endCursor", Scalars.String, "The last item's cursor.", s => ((ConnectionResult)s).Cursors is { Count: > 0 } c ? c[c.Count - 1] : null));
        Money = Object("Money", "An amount in a currency.",
            ("amount", NonNull(Scalars.Decimal), "The amount, exact.", s => ((MoneyValue)s).Amount),
            ("currency", NonNull(Scalars.String), "ISO 4217 code, e.g. KRW.", s => ((MoneyValue)s).Currency));
        MoneyInput = Input("MoneyInput", "An amount and, unless the field has a default currency, its ISO 4217 code.",
            ("amount", NonNull(Scalars.Decimal)), ("currency", Scalars.String));
        User = Object("User", "A staff member of this tenant.",
            ("id", NonNull(Scalars.Id), "The user's id.", s => ((UserValue)s).Id),
            ("name", Scalars.String, "The user name.", s => ((UserValue)s).Name));
        ContentItem = new InterfaceGraphType { Name = "ContentItem", Description = "What every content item has, whatever its type." };
        foreach (var field in MetadataFields()) ContentItem.AddField(field);

        StringFilter = Filter("StringFilter", "Conditions on a text.", Scalars.String, ordered: false, text: true);
        IdFilter = Filter("IDFilter", "Conditions on an id.", Scalars.Id, ordered: false, text: false);
        DecimalFilter = Filter("DecimalFilter", "Conditions on a number.", Scalars.Decimal, ordered: true, text: false);
        DateFilter = Filter("DateFilter", "Conditions on a date; values may be relative (today-7d).", Scalars.DateExpression, ordered: true, text: false);
        DateTimeFilter = Filter("DateTimeFilter", "Conditions on an instant; values may be relative (now-30d).", Scalars.DateTimeExpression, ordered: true, text: false);
        BooleanFilter = Input("BooleanFilter", "Conditions on a yes/no field.",
            ("eq", Scalars.Boolean), ("ne", Scalars.Boolean), ("isNull", Scalars.Boolean));
        StringListFilter = ListFilter("StringListFilter", "Conditions on a list of texts (tags).", Scalars.String);
        IdListFilter = ListFilter("IDListFilter", "Conditions on a list of ids.", Scalars.Id);
    }

    public Scalars Scalars { get; } = new();
    public ObjectGraphType PageInfo { get; }
    public ObjectGraphType Money { get; }
    public InputObjectGraphType MoneyInput { get; }
    public ObjectGraphType User { get; }
    public InterfaceGraphType ContentItem { get; }
    public InputObjectGraphType StringFilter { get; }
    public InputObjectGraphType IdFilter { get; }
    public InputObjectGraphType DecimalFilter { get; }
    public InputObjectGraphType DateFilter { get; }
    public InputObjectGraphType DateTimeFilter { get; }
    public InputObjectGraphType BooleanFilter { get; }
    public InputObjectGraphType StringListFilter { get; }
    public InputObjectGraphType IdListFilter { get; }

    /// <summary>The names of these types (and of the scalars), which content types cannot take.</summary>
    public IEnumerable<string> Names => All.Select(t => t.Name!);

    public IEnumerable<IGraphType> All =>
    [
        .. Scalars.All, PageInfo, Money, MoneyInput, User, ContentItem, StringFilter, IdFilter, DecimalFilter, DateFilter, DateTimeFilter,
        BooleanFilter, StringListFilter, IdListFilter,
    ];

    /// <summary>The item's own columns, on the interface and on every content object type.</summary>
    public IEnumerable<FieldType> MetadataFields() =>
    [
        Field("id", NonNull(Scalars.Id), "The item's id (a ULID).", s => Item(s).Id),
        Field("contentType", NonNull(Scalars.String), "The item's content type.", s => Item(s).ContentType),
        Field("displayText", NonNull(Scalars.String), "The item's title, from its type's display-text template.", s => Item(s).DisplayText),
        new FieldType
        {
            Name = "owner", Description = "The staff member who owns the item.", ResolvedType = User,
            Resolver = new FuncFieldResolver<object?>(ctx => Item(ctx.Source!).Owner is { } owner ? GraphQLRequestState.Of(ctx).Users.Load(owner) : null),
        },
        Field("createdUtc", NonNull(Scalars.DateTime), "When the item was created.", s => ContentValues.Instant(Item(s).CreatedUtc)),
        Field("modifiedUtc", NonNull(Scalars.DateTime), "When the item last changed.", s => ContentValues.Instant(Item(s).ModifiedUtc)),
        Field("version", NonNull(Scalars.Int), "Grows with every change; pass it to update and delete (optimistic concurrency).", s => Item(s).Version),
    ];

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    public static IGraphType ListOf(IGraphType type) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(type)));

    public static FieldType Field(string name, IGraphType type, string? description, Func<object, object?> resolve) => new()
    {
        Name = name, Description = description, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx.Source!)),
    };

    public static InputObjectGraphType Input(string name, string description, params (string Name, IGraphType Type)[] fields)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        foreach (var (fieldName, type) in fields) input.AddField(new FieldType { Name = fieldName, ResolvedType = type });
        return input;
    }

    private static Crm.Core.Content.Store.ContentItem Item(object source) => (Crm.Core.Content.Store.ContentItem)source;

    private static ObjectGraphType Object(string name, string description, params (string Name, IGraphType Type, string Description, Func<object, object?> Resolve)[] fields)
    {
        var type = new ObjectGraphType { Name = name, Description = description };
        foreach (var (fieldName, fieldType, fieldDescription, resolve) in fields) type.AddField(Field(fieldName, fieldType, fieldDescription, resolve));
        return type;
    }

    /// <summary>eq, ne, in, isNull; gt/gte/lt/lte for ordered values; contains/startsWith for texts.</summary>
    public InputObjectGraphType Filter(string name, string description, IGraphType value, bool ordered, bool text)
    {
        var fields = new List<(string, IGraphType)> { ("eq", value), ("ne", value), ("in", new ListGraphType(new NonNullGraphType(value))), ("isNull", Scalars.Boolean) };
        if (ordered) fields.AddRange([("gt", value), ("gte", value), ("lt", value), ("lte", value)]);
        if (text) fields.AddRange([("contains", value), ("startsWith", value)]);
        return Input(name, description, [.. fields]);
    }

    /// <summary>contains (has the element) and isNull (the list is empty).</summary>
    public InputObjectGraphType ListFilter(string name, string description, IGraphType element) =>
        Input(name, description, ("contains", element), ("isNull", Scalars.Boolean));
}
