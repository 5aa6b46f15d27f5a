namespace Crm.HelpdeskMail;

/// <summary>The module's feature ids.</summary>
public static class MailFeatures
{
    public const string Email = "Crm.Helpdesk.Email";
    public const string Satisfaction = "Crm.Helpdesk.Satisfaction";
}
