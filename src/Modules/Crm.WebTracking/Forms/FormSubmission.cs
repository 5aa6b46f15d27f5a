namespace Crm.WebTracking.Forms;

/// <summary>What became of a submitted form: a lead (new, or an existing customer the duplicate rules matched), field errors, or a refusal.</summary>
public sealed record FormSubmission(FormSubmissionOutcome Outcome, string? CustomerId = null)
{
    /// <summary>Per field ("Customer.Email"), the problem in the visitor's language.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}

public enum FormSubmissionOutcome
{
    Created,
    MatchedExisting,
    Invalid,

    /// <summary>The honeypot was filled: a bot. It is thanked like a person, and nothing is stored.</summary>
    Trapped,
    TooMany,
}
