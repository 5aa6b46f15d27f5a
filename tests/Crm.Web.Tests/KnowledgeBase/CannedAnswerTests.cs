using Crm.Core.Data;
using Crm.LiveChat.CannedAnswers;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>Published public articles are canned answers in the chat console, found by what the agent types.</summary>
public sealed class CannedAnswerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chat_console_offers_public_articles_matching_the_agents_words_as_plain_text(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, "helpdesk");
        await crm.ArticleAsync("환불 기간", "카드 환불은 **3~5 영업일** 걸립니다.");
        await crm.ArticleAsync("환불 승인 한도", "상담원은 30만 원까지 환불합니다.", visibility: "Internal");
        await crm.ArticleAsync("환불 초안", "초안입니다.", published: false);

        var answers = await crm.RunAsync(s => s.GetRequiredService<CannedAnswerCatalog>().FindAsync("환불", CancellationToken.None));

        var article = Assert.Single(answers, a => a.Source == "Article");
        Assert.Equal(("환불 기간", "카드 환불은 3~5 영업일 걸립니다."), (article.Title, article.Body));
        Assert.DoesNotContain(await crm.RunAsync(s => s.GetRequiredService<CannedAnswerCatalog>().FindAsync(null, CancellationToken.None)), a => a.Source == "Article");
    }
}
