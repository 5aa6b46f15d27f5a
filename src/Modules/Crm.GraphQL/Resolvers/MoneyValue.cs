namespace Crm.GraphQL.Resolvers;

internal sealed record MoneyValue(decimal Amount, string Currency);
