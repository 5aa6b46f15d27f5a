using Crm.Core.Data;
using Crm.KnowledgeBase.Search;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>Full-text search of articles on both databases: words, prefixes, Korean, ranking, snippets, audiences, categories.</summary>
public sealed class ArticleSearchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Korean_and_English_words_are_found_as_word_prefixes_and_a_title_match_ranks_first(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.ArticleAsync("고객센터 운영 시간", "평일 오전 9시부터 오후 6시까지 전화와 채팅으로 상담합니다.");
        await crm.ArticleAsync("환불은 언제 되나요?", "카드 결제는 승인 취소 후 3~5 영업일 안에 환불됩니다.");
        await crm.ArticleAsync("Delivery times", "Parcels arrive in two days. Refunds for lost parcels are paid at once.");
        await crm.ArticleAsync("Refunds", "How refunds are paid back to your card.");

        Assert.Equal(["고객센터 운영 시간"], await crm.TitlesAsync("고객"));           // prefix of a compound word
        Assert.Equal(["환불은 언제 되나요?"], await crm.TitlesAsync("환불"));           // a word with its particle (환불은) and inflected (환불됩니다)
        Assert.Equal(["고객센터 운영 시간"], await crm.TitlesAsync("채팅 상담"));       // every word must match
        Assert.Empty(await crm.TitlesAsync("센터"));                                     // not the middle of a word
        Assert.Equal(["Refunds", "Delivery times"], await crm.TitlesAsync("REFUND"));   // case-insensitive; the title match ranks first
        Assert.Equal(["Delivery times"], await crm.TitlesAsync("parc refund"));

        var hit = Assert.Single(await crm.SearchAsync("영업일"));
        Assert.Contains(hit.Snippet.Runs, r => r.Match && r.Text.StartsWith("영업일", StringComparison.Ordinal));
        Assert.Contains("<mark>영업일</mark>", hit.Snippet.ToHtml());
        Assert.Contains("승인 취소", hit.Snippet.Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visitors_find_published_public_articles_staff_also_internal_ones_and_nobody_drafts(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var billing = await crm.CategoryAsync("Billing");
        var account = await crm.CategoryAsync("Account", 2);
        await crm.ArticleAsync("Password reset", "Reset your password from the sign-in page.", category: account.Id);
        await crm.ArticleAsync("Password policy for agents", "Agents never ask for a password.", visibility: "Internal", category: account.Id);
        await crm.ArticleAsync("Password draft", "Work in progress about passwords.", published: false, category: account.Id);
        await crm.ArticleAsync("Card payments", "Which cards we take; no password needed.", category: billing.Id);

        Assert.Equal(["Card payments", "Password reset"], (await crm.TitlesAsync("password", ArticleAudience.Public)).Order());
        Assert.Equal(["Card payments", "Password policy for agents", "Password reset"], (await crm.TitlesAsync("password", ArticleAudience.Staff)).Order());
        Assert.Equal(["Password policy for agents", "Password reset"], (await crm.SearchAsync("password", category: account.Id)).Select(h => h.Title).Order());
        Assert.Equal("Internal", (await crm.SearchAsync("agents")).Single().Visibility);
        Assert.Equal(account.Id, (await crm.SearchAsync("agents")).Single().CategoryId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Suggestions_match_any_of_the_words(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.ArticleAsync("Refund to a card", "Card refunds take five days.");
        await crm.ArticleAsync("Lost parcel", "We send a new parcel.");
        await crm.ArticleAsync("Opening hours", "We answer the phone on weekdays.");

        Assert.Empty(await crm.SearchAsync("refund for lost parcel"));
        var suggested = await crm.SearchAsync("refund for lost parcel", match: ArticleMatch.AnyWord);
        Assert.Equal(["Lost parcel", "Refund to a card"], suggested.Select(h => h.Title).Order());
    }

    private static readonly string[] AwkwardInput =
    [
        "", "   ", "\"", "\"\"", "*", "-", "-refund", "refund*", "NEAR(refund parcel)", "NEAR(", "refund AND", "OR", "NOT",
        "'", "''; DROP TABLE content_items; --", "a & b | !c", "(:*)", "<->", "title:refund", "^refund", "{refund}", "\\", "\u0002\u0003",
        "ʰ ² ①", "é", new string('가', 5000), string.Join(' ', Enumerable.Repeat("refund", 500)), "😀 refund", "Refund\u0000card",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Any_input_searches_without_failing_and_full_text_syntax_is_taken_as_plain_words(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.ArticleAsync("Refund to a card", "Card refunds take five days. Near the parcel desk.");
        var indexed = "refund to a card refunds take five days near the parcel desk".Split(' ');

        foreach (var input in AwkwardInput)
        {
            var hits = await crm.SearchAsync(input);

            var words = SearchTerms.Parse(input);
            var found = words.Count > 0 && words.All(w => indexed.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
            Assert.True(found == (hits.Count == 1), $"'{input[..Math.Min(input.Length, 40)]}' found {hits.Count} article(s)");
        }
    }
}
