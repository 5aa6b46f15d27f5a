namespace Crm.KnowledgeBase.Search;

/// <param name="Text">What the reader typed; any text is accepted (see <see cref="SearchTerms"/>).</param>
/// <param name="CategoryId">Only articles of this category, when given.</param>
/// <param name="Take">How many hits at most (1 to <see cref="MaxTake"/>).</param>
public sealed record ArticleSearchRequest(string? Text, ArticleAudience Audience, int Take = ArticleSearchRequest.DefaultTake, string? CategoryId = null, ArticleMatch Match = ArticleMatch.AllWords)
{
    public const int DefaultTake = 20;
    public const int MaxTake = 50;

    public int BoundedTake => Math.Clamp(Take, 1, MaxTake);
}
