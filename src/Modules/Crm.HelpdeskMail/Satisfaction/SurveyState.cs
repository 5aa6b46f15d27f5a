namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>Where a survey link stands.</summary>
public enum SurveyState
{
    /// <summary>No survey of this tenant (a broken or forged link).</summary>
    Unknown,
    Open,
    Answered,
    Expired,

    /// <summary>This request's answer was recorded.</summary>
    Thanked,
}
