namespace Crm.KnowledgeBase.Search;

/// <param name="Match">True when the run is a match of a search word.</param>
public sealed record SnippetRun(string Text, bool Match);
