namespace Crm.GraphQL.Http;

/// <summary>A request refused before execution: the HTTP status, the error code and what is wrong.</summary>
public sealed record TransportError(int Status, string Code, string Message);
