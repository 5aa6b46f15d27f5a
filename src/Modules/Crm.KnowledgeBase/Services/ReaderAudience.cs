using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.KnowledgeBase.Search;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// Staff are those who may view every article (internal ones included); anyone else — a visitor, an API key without
/// that right, a user who may see only their own articles — reads as the public.
/// </summary>
public sealed class ReaderAudience(ContentDefinitionManager definitions, ContentAuthorizer authorizer)
{
    public async Task<ArticleAudience> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true) return ArticleAudience.Public;
        var type = (await definitions.GetAsync(cancellationToken)).FindType(ArticleModel.Article);
        return type is not null && await authorizer.ViewScopeAsync(user, type, cancellationToken) == ContentScope.All
            ? ArticleAudience.Staff
            : ArticleAudience.Public;
    }
}
