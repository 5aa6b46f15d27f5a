namespace Crm.HelpdeskMail.Satisfaction;

public sealed record SurveyMailModel(string Recipient, string? Name, string Number, string Subject, string Link, DateOnly ExpiresOn, string? Site);
