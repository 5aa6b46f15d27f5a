using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// "Was this helpful?" votes on public articles. A visitor (one cookie) has one vote per article, which they may change;
/// a client address may cast <see cref="MaxNewVotesPerHour"/> new votes an hour (a script that drops its cookies cannot
/// stuff the counts). The article's Helpful and Not helpful counts are recounted from the votes and saved on the article
/// in the vote's transaction; a concurrent change to the article is retried.
/// </summary>
public sealed class ArticleVotes(TenantDb db, ContentManager content, PublicArticles articles, TimeProvider clock)
{
    public const int MaxNewVotesPerHour = 30;
    private const int Attempts = 3;

    public async Task<VoteOutcome> VoteAsync(string articleId, string visitorId, string clientHash, bool helpful, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryVoteAsync(articleId, visitorId, clientHash, helpful, cancellationToken);
            }
            catch (ContentConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }

    private async Task<VoteOutcome> TryVoteAsync(string articleId, string visitorId, string clientHash, bool helpful, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var article = await articles.GetAsync(articleId, cancellationToken);
        if (article is null) return VoteOutcome.NotFound;

        var vote = new { ArticleId = article.Id, VisitorId = visitorId, Helpful = helpful, ClientHash = clientHash, Now = Timestamp(clock.GetUtcNow()) };
        var previous = await db.QuerySingleOrDefaultAsync<long?>(
            "SELECT CASE WHEN helpful THEN 1 ELSE 0 END FROM kb_article_votes WHERE article_id = @ArticleId AND visitor_id = @VisitorId", vote, cancellationToken);
        if (previous is not null && previous == 1 == helpful) return VoteOutcome.AlreadyCounted;
        if (previous is null)
        {
            var recent = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM kb_article_votes WHERE client_hash = @ClientHash AND voted_utc > @Since",
                new { ClientHash = clientHash, Since = Timestamp(clock.GetUtcNow().AddHours(-1)) }, cancellationToken);
            if (recent >= MaxNewVotesPerHour) return VoteOutcome.TooMany;
            await db.ExecuteAsync(
                "INSERT INTO kb_article_votes (article_id, visitor_id, helpful, client_hash, voted_utc) VALUES (@ArticleId, @VisitorId, @Helpful, @ClientHash, @Now)",
                vote, cancellationToken);
        }
        else
        {
            await db.ExecuteAsync(
                "UPDATE kb_article_votes SET helpful = @Helpful, voted_utc = @Now WHERE article_id = @ArticleId AND visitor_id = @VisitorId", vote, cancellationToken);
        }

        var counts = await db.QuerySingleOrDefaultAsync<VoteCounts>(
            "SELECT COUNT(CASE WHEN helpful THEN 1 END) AS Helpful, COUNT(CASE WHEN helpful THEN NULL ELSE 1 END) AS NotHelpful FROM kb_article_votes WHERE article_id = @ArticleId",
            vote, cancellationToken) ?? new VoteCounts();
        await content.UpdateAsync(article.Id, new JsonObject
        {
            [ArticleModel.HelpfulCount] = counts.Helpful,
            [ArticleModel.NotHelpfulCount] = counts.NotHelpful,
        }, article.Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return previous is null ? VoteOutcome.Counted : VoteOutcome.Changed;
    }

    private static string Timestamp(DateTimeOffset instant) => Crm.Core.Content.Fields.DateTimeFieldKind.Canonical(instant);

    private sealed class VoteCounts
    {
        public long Helpful { get; set; }
        public long NotHelpful { get; set; }
    }
}
