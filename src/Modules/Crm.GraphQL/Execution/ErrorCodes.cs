namespace Crm.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values this API answers with, besides GraphQL.NET's own validation codes.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BadRequest = "BAD_REQUEST";
    public const string DefinitionRejected = "DEFINITION_REJECTED";
}
