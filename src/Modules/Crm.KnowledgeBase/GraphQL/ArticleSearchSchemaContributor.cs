using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.KnowledgeBase.GraphQL;

/// <summary>
/// <c>searchArticles(text: String!, first: Int, category: ID): [ArticleSearchHit!]!</c> — the knowledge base search,
/// best first: every published article for callers who may view all articles, published public ones for the others.
/// </summary>
public sealed class ArticleSearchSchemaContributor : IGraphQLSchemaContributor
{
    public string Feature => ArticleModel.FeatureId;

    public void Contribute(GraphQLSchemaParts schema)
    {
        var hit = new ObjectGraphType { Name = "ArticleSearchHit", Description = "A knowledge base article that matches a search, with the part of its body around the matches." };
        hit.AddField(Field("id", new NonNullGraphType(schema.Id), "The article's id (read it with article(id)).", h => h.Id));
        hit.AddField(Field("title", new NonNullGraphType(schema.String), "The article's title.", h => h.Title));
        hit.AddField(Field("category", schema.Id, "The article's category id, if any.", h => h.CategoryId));
        hit.AddField(Field("visibility", new NonNullGraphType(schema.String), "Internal or Public.", h => h.Visibility));
        hit.AddField(Field("snippet", new NonNullGraphType(schema.String), "Plain text around the matched words.", h => h.Snippet.Text));
        hit.AddField(Field("snippetHtml", new NonNullGraphType(schema.String), "The snippet as HTML: text encoded, matched words in <mark>.", h => h.Snippet.ToHtml()));

        schema.Query.AddField(new FieldType
        {
            Name = "searchArticles",
            Description = "Full-text search of the knowledge base, best match first. Words match as prefixes (\"refund\" finds \"refunds\", \"환불\" finds \"환불은\"); every word must match. Text without a word finds nothing.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(hit))),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(schema.String)) { Name = "text", Description = "What to look for." },
                new QueryArgument(schema.Int) { Name = "first", Description = $"How many hits at most (1 to {ArticleSearchRequest.MaxTake}; default {ArticleSearchRequest.DefaultTake})." },
                new QueryArgument(schema.Id) { Name = "category", Description = "Only articles of this category." }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var first = context.GetArgument<int?>("first") ?? ArticleSearchRequest.DefaultTake;
                if (first is < 1 or > ArticleSearchRequest.MaxTake)
                {
                    throw new ExecutionError($"first must be from 1 to {ArticleSearchRequest.MaxTake}.") { Code = ErrorCodes.InvalidArgument };
                }
                var services = context.RequestServices!;
                var audience = await services.GetRequiredService<ReaderAudience>().OfAsync(context.User!, context.CancellationToken);
                var request = new ArticleSearchRequest(context.GetArgument<string>("text"), audience, first, context.GetArgument<string?>("category"));
                return await services.GetRequiredService<IArticleSearch>().SearchAsync(request, context.CancellationToken);
            }),
        });
    }

    private static FieldType Field(string name, IGraphType type, string description, Func<ArticleHit, object?> resolve) =>
        new() { Name = name, Description = description, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(context => resolve((ArticleHit)context.Source!)) };
}
