using Dapper;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// The conditions every search adds to the text match, the same in both dialects (column names of the index table
/// aliased <c>i</c>): published only, public only for visitors, one category when asked. Parameters: Public, Category.
/// </summary>
internal static class SearchFilters
{
    public static string Sql(ArticleSearchRequest request, string publishedTrue) =>
        $" AND i.published = {publishedTrue}"
        + (request.Audience == ArticleAudience.Public ? " AND i.visibility = @Public" : "")
        + (request.CategoryId is null ? "" : " AND i.category_id = @Category");

    /// <summary>Those parameters, the dialect's match expression (Match), the limit (Take) and the snippet marks (Open, Close).</summary>
    public static DynamicParameters Parameters(ArticleSearchRequest request, string match) => new(new
    {
        Match = match, Public = ArticleModel.Public, Category = request.CategoryId?.ToUpperInvariant(), Take = request.BoundedTake,
        Open = ArticleSnippet.MatchStart.ToString(), Close = ArticleSnippet.MatchEnd.ToString(),
    });
}
