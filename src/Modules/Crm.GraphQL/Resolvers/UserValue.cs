namespace Crm.GraphQL.Resolvers;

internal sealed record UserValue(string Id, string? Name);
