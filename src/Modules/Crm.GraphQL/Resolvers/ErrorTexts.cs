using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Translations;
using Microsoft.Extensions.Localization;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// The request's language (Accept-Language, else the tenant's culture, as on every screen) for the errors this API words
/// itself: its own sentences (English is the key, Korean in Resources/GraphQLText.ko.resx), the content engine's refusals
/// as the screens show them (<see cref="FieldProblem.Localize"/> with the engine's and modules' texts) and type names as
/// the tenant translated them. Codes, paths and <c>extensions.field</c> are never translated; GraphQL.NET's own parser and
/// validation messages stay English.
/// </summary>
public sealed class ErrorTexts(IStringLocalizer<GraphQLText> text, IStringLocalizer<ContentText> fieldText, LocalizedDefinitions definitions)
{
    public string this[string template, params object[] arguments] => text[template, arguments].Value;

    public string Problem(FieldProblem problem) => problem.Localize(fieldText);

    /// <summary>The type's display name in the request's language.</summary>
    public async Task<string> TypeNameAsync(ContentTypeDefinition type, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(type.Name)?.DisplayName ?? type.DisplayName;
}
