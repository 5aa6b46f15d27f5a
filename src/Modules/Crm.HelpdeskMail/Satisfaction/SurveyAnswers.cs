using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Helpdesk;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// Reads and answers a survey link. An answer is taken once, before the link expires (the clock decides, in the same
/// statement that records it, so two submissions at once record one), and lands on the ticket as the customer's message.
/// </summary>
public sealed class SurveyAnswers(
    TenantDb db, SurveyStore store, SurveyTokens tokens, ContentManager content, TenantCulture culture, TimeProvider clock, IStringLocalizer<HelpdeskMailText> text)
{
    public const int MaxComment = 2000;

    public async Task<SurveyState> StateAsync(string token, CancellationToken cancellationToken) =>
        State(await FindAsync(token, cancellationToken));

    public async Task<SurveyState> AnswerAsync(string token, int score, string? comment, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 5);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is { Length: > MaxComment }) throw new ArgumentException($"The comment is longer than {MaxComment} characters.", nameof(comment));
        if (await FindAsync(token, cancellationToken) is not { } survey) return SurveyState.Unknown;

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!await store.AnswerAsync(survey.Id, score, comment, clock.GetUtcNow(), cancellationToken)) return State(await store.FindAsync(survey.Id, cancellationToken));
        var language = await culture.GetAsync(cancellationToken);
        var body = TenantCulture.In(language, () => $"**{text["Satisfaction survey"]}:** {score}/5" + (comment is null ? "" : "\n\n" + comment));
        await content.CreateAsync(HelpdeskModel.TicketComment, new JsonObject
        {
            [HelpdeskModel.CommentTicket] = survey.TicketId, [HelpdeskModel.CommentKind] = MailModel.CustomerMessage, [HelpdeskModel.CommentBody] = body,
        }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SurveyState.Thanked;
    }

    private async Task<Survey?> FindAsync(string token, CancellationToken cancellationToken) =>
        tokens.Read(token) is { } id ? await store.FindAsync(id, cancellationToken) : null;

    private SurveyState State(Survey? survey) => survey switch
    {
        null => SurveyState.Unknown,
        { AnsweredUtc: not null } => SurveyState.Answered,
        _ when string.CompareOrdinal(survey.ExpiresUtc, Crm.Core.Content.Fields.DateTimeFieldKind.Canonical(clock.GetUtcNow())) <= 0 => SurveyState.Expired,
        _ => SurveyState.Open,
    };
}
