using System.Globalization;
using Crm.Core.Settings;
using Crm.Core.Templates;
using Crm.Email.Models;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// The survey email: Liquid templates whose English text is the resx key, rendered in the tenant's language with the
/// ticket's number and subject, the customer's name, the link and the last day it works.
/// </summary>
public sealed class SurveyMail(LiquidTemplates liquid, IStringLocalizer<HelpdeskMailText> text)
{
    public const string SubjectTemplate = "How did we do? {{ Number }} {{ Subject }}";

    public const string BodyTemplate =
        "Hello {{ Name }},\n\nyour request {{ Number }} \"{{ Subject }}\" has been resolved. How satisfied are you with our help? " +
        "Please rate it from 1 to 5 (a comment is welcome):\n\n{{ Link }}\n\nThe link works once, until {{ ExpiresOn }}.\n\n{{ Site }}";

    public EmailMessage Build(CultureInfo culture, SurveyMailModel model) => TenantCulture.In(culture, () =>
    {
        var values = new Dictionary<string, object?>
        {
            ["Name"] = model.Name ?? text["customer"].Value, ["Number"] = model.Number, ["Subject"] = model.Subject, ["Link"] = model.Link,
            ["ExpiresOn"] = model.ExpiresOn.ToString("d", culture), ["Site"] = model.Site,
        };
        return new EmailMessage
        {
            To = [model.Recipient],
            Subject = OneLine(liquid.Render(text[SubjectTemplate].Value, values)),
            TextBody = liquid.Render(text[BodyTemplate].Value, values),
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
    });

    private static string OneLine(string subject)
    {
        var line = subject.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : line[..199] + "…";
    }
}
