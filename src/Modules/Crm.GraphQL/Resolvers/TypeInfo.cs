using Crm.Core.Content.Definitions;
using Crm.GraphQL.Schema;

namespace Crm.GraphQL.Resolvers;

/// <summary>A type with the definitions it belongs to (its fields come from their parts) and their GraphQL names.</summary>
internal sealed record TypeInfo(ContentDefinitions Definitions, ContentTypeDefinition Type, SchemaNaming Naming);
