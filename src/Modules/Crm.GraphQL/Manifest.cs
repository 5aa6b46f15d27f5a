using Crm.Core.Modules;

[assembly: Module("Crm.GraphQL", Name = "GraphQL API", Description = "A GraphQL API generated from the tenant's content types.", Category = "Integration")]
[assembly: Feature("Crm.GraphQL", Name = "GraphQL API",
    Description = "/api/graphql: queries with filters, relations and paging, mutations, metadata; API keys or the admin session; GraphiQL in the admin.",
    Category = "Integration", Dependencies = ["Crm.Users"])]
