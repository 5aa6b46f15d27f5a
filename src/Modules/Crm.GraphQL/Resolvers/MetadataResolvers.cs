using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.GraphQL.Resolvers;

/// <summary>Reads and changes the content model through <see cref="ContentDefinitionManager"/>, as the type editor does.</summary>
internal static class MetadataResolvers
{
    public static async ValueTask<object?> TypesAsync(IResolveFieldContext context)
    {
        var state = GraphQLRequestState.Of(context);
        var definitions = await Manager(context).GetAsync(context.CancellationToken);
        var manage = await MayManageAsync(context);
        var naming = SchemaNaming.For(definitions, context.RequestServices!.GetRequiredService<FieldKinds>());
        var visible = new List<TypeInfo>();
        foreach (var type in definitions.Types.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (manage || await state.ViewScopeAsync(type, context.CancellationToken) != ContentScope.None) visible.Add(new TypeInfo(definitions, type, naming));
        }
        return visible;
    }

    public static ValueTask<object?> CreateTypeAsync(IResolveFieldContext context) => ChangeAsync(context, "input", input =>
    {
        var name = (string)input["name"]!;
        var settings = new ContentTypeSettings
        {
            Creatable = input.TryGetValue("creatable", out var c) && c is bool creatable ? creatable : true,
            Listable = input.TryGetValue("listable", out var l) && l is bool listable ? listable : true,
            Securable = input.TryGetValue("securable", out var s) && s is bool securable && securable,
        };
        var displayName = input.TryGetValue("displayName", out var d) && d is string text && text.Trim().Length > 0 ? text.Trim() : name;
        return (definitions => definitions.FindType(name) is not null
            ? throw new ContentDefinitionException([new(name, $"type '{name}' already exists")])
            : definitions.WithNewType(name, displayName, settings), name);
    });

    public static ValueTask<object?> AddFieldAsync(IResolveFieldContext context) => ChangeAsync(context, "input", input =>
    {
        var typeName = context.GetArgument<string>("type");
        var name = (string)input["name"]!;
        var kinds = context.RequestServices!.GetRequiredService<FieldKinds>();
        var kind = kinds.Find((string)input["kind"]!)
            ?? throw new ContentDefinitionException([new("kind", $"'{input["kind"]}' is not a field kind; kinds: {string.Join(", ", kinds.Names)}")]);
        return (definitions =>
        {
            var type = definitions.FindType(typeName) ?? throw new ContentDefinitionException([new(typeName, $"type '{typeName}' is not defined")]);
            if (definitions.FieldsOf(type).Any(f => string.Equals(f.Field.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ContentDefinitionException([new($"{type.Name}.{name}", $"{type.Name} already has a field named '{name}'")]);
            }
            return definitions.WithOwnField(type.Name, new ContentFieldDefinition(name, kind.Name, Settings(new FieldSettings(), input)));
        }, typeName);
    });

    public static ValueTask<object?> AlterFieldAsync(IResolveFieldContext context) => ChangeAsync(context, "input", input =>
    {
        var typeName = context.GetArgument<string>("type");
        var fieldName = context.GetArgument<string>("field");
        return (definitions =>
        {
            var type = definitions.FindType(typeName) ?? throw new ContentDefinitionException([new(typeName, $"type '{typeName}' is not defined")]);
            var field = definitions.FindField(type, fieldName) ?? throw new ContentDefinitionException([new($"{type.Name}.{fieldName}", $"{type.Name} has no field '{fieldName}'")]);
            var part = definitions.FindPart(field.PartName)!;
            var changed = field.Field with { Settings = Settings(field.Field.Settings, input) };
            return definitions.With(part with { Fields = part.Fields.Select(f => f == field.Field ? changed : f).ToList() });
        }, typeName);
    });

    /// <summary>Applies the given settings over <paramref name="current"/>; settings left out keep their value.</summary>
    private static FieldSettings Settings(FieldSettings current, IDictionary<string, object?> input)
    {
        T Get<T>(string key, T fallback) => input.TryGetValue(key, out var value) && value is T typed ? typed : fallback;
        return current with
        {
            DisplayName = Get("displayName", current.DisplayName),
            Hint = Get("hint", current.Hint),
            Required = Get("required", current.Required),
            Indexed = Get("indexed", current.Indexed),
            Unique = Get("unique", current.Unique),
            Multiple = Get("multiple", current.Multiple),
            Options = input.TryGetValue("options", out var options) && options is IEnumerable<object?> list
                ? list.OfType<IDictionary<string, object?>>().Select(o => new ChoiceOption((string)o["value"]!, o.TryGetValue("label", out var label) && label is string text ? text : (string)o["value"]!)).ToList()
                : current.Options,
            RelatedTypes = input.TryGetValue("relatedTypes", out var related) && related is IEnumerable<object?> types ? types.OfType<string>().ToList() : current.RelatedTypes,
            Currency = Get("currency", current.Currency),
            Min = input.TryGetValue("min", out var min) ? min is null ? null : Convert.ToDecimal(min, CultureInfo.InvariantCulture) : current.Min,
            Max = input.TryGetValue("max", out var max) ? max is null ? null : Convert.ToDecimal(max, CultureInfo.InvariantCulture) : current.Max,
            MaxLength = input.TryGetValue("maxLength", out var length) ? length as int? : current.MaxLength,
            Pattern = Get("pattern", current.Pattern),
        };
    }

    private static async ValueTask<object?> ChangeAsync(IResolveFieldContext context, string inputPath,
        Func<IDictionary<string, object?>, (Func<ContentDefinitions, ContentDefinitions> Change, string TypeName)> describe)
    {
        if (!await MayManageAsync(context)) return ContentErrors.Fail(context, [ContentErrors.Forbidden(GraphQLRequestState.Of(context).Texts["You may not change content types (ManageContentTypes)."])]);
        try
        {
            var (change, typeName) = describe(Arguments.Object(context, "input")!);
            var definitions = await Manager(context).AlterAsync(change, context.CancellationToken);
            return definitions.FindType(typeName) is { } type
                ? new TypeInfo(definitions, type, SchemaNaming.For(definitions, context.RequestServices!.GetRequiredService<FieldKinds>()))
                : null;
        }
        catch (ContentDefinitionException exception)
        {
            return ContentErrors.Fail(context, exception.Errors.Select(e => ContentErrors.Error(ErrorCodes.DefinitionRejected, e.ToString(), inputPath)));
        }
    }

    private static async Task<bool> MayManageAsync(IResolveFieldContext context)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(GraphQLRequestState.Of(context).User, PermissionPolicyProvider.Prefix + ContentPermissions.ManageContentTypes)).Succeeded;
    }

    private static ContentDefinitionManager Manager(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ContentDefinitionManager>();
}
