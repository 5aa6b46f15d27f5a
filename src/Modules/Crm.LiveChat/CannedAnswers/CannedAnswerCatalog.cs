namespace Crm.LiveChat.CannedAnswers;

/// <summary>Every registered source's answers for the console's picker, shortcuts first and each shortcut once.</summary>
public sealed class CannedAnswerCatalog(IEnumerable<ICannedAnswerSource> sources)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<CannedAnswer>> FindAsync(string? term, CancellationToken cancellationToken)
    {
        var answers = new List<CannedAnswer>();
        foreach (var source in sources) answers.AddRange(await source.FindAsync(term, Limit, cancellationToken));
        return answers
            .DistinctBy(a => a.Shortcut is null ? (object)a : a.Shortcut.ToLowerInvariant())
            .OrderBy(a => a.Shortcut is null)
            .ThenBy(a => a.Shortcut ?? a.Title, StringComparer.OrdinalIgnoreCase)
            .Take(Limit)
            .ToList();
    }
}
