using Crm.Core.Content.Store;

namespace Crm.KnowledgeBase.Services;

/// <param name="Category">Null for the articles of no category.</param>
public sealed record ArticleShelf(ContentItem? Category, IReadOnlyList<ContentItem> Articles);
