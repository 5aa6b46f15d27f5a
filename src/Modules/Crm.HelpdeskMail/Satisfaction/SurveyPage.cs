namespace Crm.HelpdeskMail.Satisfaction;

public sealed record SurveyPage(string Token, SurveyState State)
{
    public int? Score { get; init; }
    public string? Comment { get; init; }
    public string? Error { get; init; }
}
