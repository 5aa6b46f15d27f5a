namespace Crm.KnowledgeBase.Services;

public enum VoteOutcome
{
    /// <summary>The visitor's first vote on the article: counted.</summary>
    Counted,

    /// <summary>The visitor changed their vote: the old one no longer counts, the new one does.</summary>
    Changed,

    /// <summary>The same vote again (a reload, a double click): nothing changes.</summary>
    AlreadyCounted,

    /// <summary>Too many votes from one client address within the hour: refused.</summary>
    TooMany,

    /// <summary>No published public article with that id.</summary>
    NotFound,
}
