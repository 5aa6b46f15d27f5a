using GraphQL.Execution;

namespace Crm.GraphQL.Execution;

/// <summary>Errors as clients see them: message, locations, path, and extensions with one <c>code</c> (plus <c>field</c> where set); never exception details.</summary>
public sealed class CrmErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExtensions = true,
});
