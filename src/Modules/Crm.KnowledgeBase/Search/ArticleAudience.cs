namespace Crm.KnowledgeBase.Search;

/// <summary>Who is reading: visitors see published public articles; staff see every published article, internal ones too.</summary>
public enum ArticleAudience
{
    Public,
    Staff,
}
