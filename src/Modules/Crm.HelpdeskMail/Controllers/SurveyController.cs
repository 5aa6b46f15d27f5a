using Crm.Core.Modules;
using Crm.HelpdeskMail.Satisfaction;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.HelpdeskMail.Controllers;

/// <summary>
/// The public survey page /survey/{token} (under the tenant's prefix): a rating from 1 to 5 and a comment, taken once.
/// A second submission answers 409, an expired link 410, a broken one 404 — each with a page that says so.
/// </summary>
[AllowAnonymous]
[ForFeature(MailFeatures.Satisfaction)]
public sealed class SurveyController(SurveyAnswers answers) : Controller
{
    [HttpGet("/survey/{token}")]
    public async Task<IActionResult> Index(string token, CancellationToken cancellationToken) =>
        Show(new SurveyPage(token, await answers.StateAsync(token, cancellationToken)));

    [HttpPost("/survey/{token}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(string token, [FromForm] int? score, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        var page = new SurveyPage(token, await answers.StateAsync(token, cancellationToken)) { Score = score, Comment = comment };
        if (page.State != SurveyState.Open) return Show(page);
        if (score is not (>= 1 and <= 5)) return Show(page with { Error = "Choose a rating from 1 to 5." }, StatusCodes.Status400BadRequest);
        if (comment is { Length: > SurveyAnswers.MaxComment }) return Show(page with { Error = "The comment is too long." }, StatusCodes.Status400BadRequest);
        return Show(page with { State = await answers.AnswerAsync(token, score.Value, comment, cancellationToken) });
    }

    private ViewResult Show(SurveyPage page, int? status = null)
    {
        Response.StatusCode = status ?? page.State switch
        {
            SurveyState.Unknown => StatusCodes.Status404NotFound,
            SurveyState.Answered when Request.Method == HttpMethods.Post => StatusCodes.Status409Conflict,
            SurveyState.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return View("Index", page);
    }
}
