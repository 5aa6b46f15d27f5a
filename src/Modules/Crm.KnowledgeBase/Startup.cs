using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.GraphQL;
using Crm.KnowledgeBase.GraphQL;
using Crm.KnowledgeBase.Screens;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using Crm.LiveChat.CannedAnswers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.KnowledgeBase;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IArticleIndexStore, SqliteArticleIndexStore>();
        services.AddScoped<IArticleIndexStore, PostgresArticleIndexStore>();
        services.AddScoped<ArticleIndex>();
        services.AddScoped<IArticleSearch, ArticleSearch>();
        services.AddContentHandler<ArticleIndexHandler>();
        services.AddFeatureEventHandler<ArticleIndexRebuild>();

        services.AddScoped<ArticleCategories>();
        services.AddScoped<PublicArticles>();
        services.AddScoped<ArticlePages>();
        services.AddScoped<ArticleVotes>();
        services.AddScoped<ReaderAudience>();

        services.AddScoped<ICannedAnswerSource, ArticleCannedAnswers>();
        services.AddScoped<IItemPanelSource, SuggestedArticlesPanel>();
        services.AddGraphQLSchemaContributor<ArticleSearchSchemaContributor>();
        services.AddScoped<IDynamicAdminMenu, KnowledgeBaseMenu>();
    }
}
