using System.Security.Cryptography;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.DataProtection;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// The token in a survey link: the survey's id protected by Data Protection for this tenant, so a link cannot be guessed or
/// carried to another tenant. Expiry and single use are the survey row's (checked against the clock when answered).
/// </summary>
public sealed class SurveyTokens(IDataProtectionProvider protection, TenantScope scope)
{
    public string For(string surveyId) => Protector.Protect(surveyId);

    /// <returns>The survey id, or null for a token this tenant did not make.</returns>
    public string? Read(string token)
    {
        try
        {
            return Protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private IDataProtector Protector => protection.CreateProtector("Crm.Helpdesk.Survey", scope.Tenant.Name);
}
