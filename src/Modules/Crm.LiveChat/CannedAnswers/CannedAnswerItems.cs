using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Modules;

namespace Crm.LiveChat.CannedAnswers;

/// <summary>The tenant's CannedAnswer items (title, body, shortcut), by shortcut; narrowed by a term in the title, body or shortcut.</summary>
public sealed class CannedAnswerItems(FeatureManager features, ContentDefinitionManager definitions, ContentQuery query) : ICannedAnswerSource
{
    public async Task<IReadOnlyList<CannedAnswer>> FindAsync(string? term, int limit, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(LiveChatModel.FeatureId, cancellationToken)
            || (await definitions.GetAsync(cancellationToken)).FindType(LiveChatModel.CannedAnswer) is null) return [];
        var filter = string.IsNullOrWhiteSpace(term)
            ? null
            : FilterText.Parse("or(" + string.Join(",", new[] { LiveChatModel.Title, LiveChatModel.Body, LiveChatModel.Shortcut }
                .Select(f => $"{f}:contains:{FilterText.Escape(term.Trim())}")) + ")");
        var found = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = LiveChatModel.CannedAnswer, Filter = filter, OrderBy = [LiveChatModel.Shortcut, "Id"], First = limit, Count = CountMode.None,
        }, cancellationToken);
        return found.Items
            .Select(i => new CannedAnswer(i.Text(LiveChatModel.Title) ?? i.DisplayText, i.Text(LiveChatModel.Body) ?? "", i.Text(LiveChatModel.Shortcut), LiveChatModel.CannedAnswer))
            .ToList();
    }
}
