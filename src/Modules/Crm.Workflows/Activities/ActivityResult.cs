namespace Crm.Workflows.Activities;

/// <summary>How an activity run ended: with outcomes to follow, waiting on a bookmark, or failed.</summary>
public sealed record ActivityResult
{
    private ActivityResult()
    {
    }

    public IReadOnlyList<string> Outcomes { get; private init; } = [];

    public BookmarkRequest? Bookmark { get; private init; }

    public string? Failure { get; private init; }

    /// <summary>A short line for the execution log ("sent to kim@example.com", "3 items").</summary>
    public string? Note { get; init; }

    public static ActivityResult Outcome(params string[] outcomes) => new() { Outcomes = outcomes };

    public static ActivityResult Wait(BookmarkRequest bookmark) => new() { Bookmark = bookmark };

    public static ActivityResult Fail(string message) => new() { Failure = message };
}
