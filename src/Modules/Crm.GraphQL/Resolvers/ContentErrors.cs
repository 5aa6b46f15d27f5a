using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using GraphQL;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// The errors resolvers answer with. Each has a code; errors about an argument also name it in
/// <c>extensions.field</c> ("input.email", "where.stage.eq") so a client can show the message next to what was wrong.
/// </summary>
internal static class ContentErrors
{
    public static ExecutionError Error(string code, string message, string? field = null)
    {
        var error = new ExecutionError(message) { Code = code };
        if (field is not null) error.AddExtension("field", field);
        return error;
    }

    /// <param name="message">The refusal in the request's language (<see cref="ErrorTexts"/>).</param>
    public static ExecutionError Forbidden(string message) => Error(ErrorCodes.Forbidden, message);

    /// <summary>Adds every error at the field's path and location; the field resolves to null.</summary>
    public static object? Fail(IResolveFieldContext context, IEnumerable<ExecutionError> errors)
    {
        foreach (var error in errors)
        {
            error.Path = context.Path;
            error.AddLocation(context.FieldAst, context.Document);
            context.Errors.Add(error);
        }
        return null;
    }

    /// <summary>
    /// The errors of the content engine's exceptions, with the GraphQL argument each concerns, in the request's language
    /// where the engine words them by template (a refused value, a version conflict, a missing item); null for other exceptions.
    /// </summary>
    public static IReadOnlyList<ExecutionError>? From(Exception exception, TypeModel? type, string inputPath, ErrorTexts texts) => exception switch
    {
        ContentValidationException invalid => invalid.Errors
            .Select(e => Error(ErrorCodes.ValidationFailed, $"{e.Field}: {texts.Problem(e.Problem)}", type is null ? inputPath : InputTranslator.PathOf(type, e.Field, inputPath)))
            .ToList(),
        FilterException filter => filter.Errors.Select(e => Error(ErrorCodes.InvalidFilter, e.Message, ArgumentPath(e.Path))).ToList(),
        ContentConcurrencyException conflict => [Error(ErrorCodes.VersionConflict,
            texts["Item {0} is at version {1}, not {2}: someone changed it meanwhile. Reload it and try again.", conflict.Id, conflict.ActualVersion, conflict.ExpectedVersion], "version")],
        ContentNotFoundException missing => [Error(ErrorCodes.NotFound, texts["No item with id '{0}'.", missing.Id], "id")],
        ContentDefinitionException rejected => rejected.Errors.Select(e => Error(ErrorCodes.DefinitionRejected, e.ToString(), inputPath)).ToList(),
        _ => null,
    };

    /// <summary>The filter engine's paths are its own ("$.First", "$.After") except where the translator wrote GraphQL paths.</summary>
    private static string ArgumentPath(string path) => path switch
    {
        "$.First" => "first",
        "$.Last" => "last",
        "$.After" => "after",
        "$.Before" => "before",
        _ when path.StartsWith("$.OrderBy", StringComparison.Ordinal) => "orderBy" + path["$.OrderBy".Length..],
        _ => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path,
    };
}
