namespace Crm.KnowledgeBase;

/// <summary>The names the module's recipe gives its types and fields, for the code that keeps them.</summary>
public static class ArticleModel
{
    public const string FeatureId = "Crm.KnowledgeBase";

    public const string Article = "Article";
    public const string Category = "ArticleCategory";

    public const string Title = "Title";
    public const string Body = "Body";
    public const string CategoryField = "Category";
    public const string Tags = "Tags";
    public const string Visibility = "Visibility";
    public const string Published = "Published";
    public const string HelpfulCount = "HelpfulCount";
    public const string NotHelpfulCount = "NotHelpfulCount";

    public const string Internal = "Internal";
    public const string Public = "Public";

    public const string CategoryName = "Name";
    public const string CategoryDescription = "Description";
    public const string CategoryPosition = "Position";
}
