using System.Security.Claims;
using Crm.Core.Navigation;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using Microsoft.Extensions.Localization;

namespace Crm.KnowledgeBase;

/// <summary>The knowledge base search, for those who may view every article.</summary>
public sealed class KnowledgeBaseMenu(ReaderAudience audience, IStringLocalizer<KnowledgeBaseText> text) : IDynamicAdminMenu
{
    public async Task<IEnumerable<AdminMenuItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await audience.OfAsync(user, cancellationToken) == ArticleAudience.Staff
            ? [new AdminMenuItem(text["Helpdesk"], text["Knowledge base"], "/admin/kb", null, 60)]
            : [];
}
