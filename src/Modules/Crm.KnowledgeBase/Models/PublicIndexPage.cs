using Crm.KnowledgeBase.Services;

namespace Crm.KnowledgeBase.Models;

/// <param name="Shelves">Every readable article under its category, shown when nothing is searched.</param>
public sealed record PublicIndexPage(string SiteName, SearchForm Search, IReadOnlyList<ArticleShelf> Shelves);
