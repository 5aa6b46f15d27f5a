using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.Core.Templates;
using Crm.Email.Models;
using Crm.EmailCampaigns.Tracking;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// One recipient's mail of a campaign: subject and Markdown body rendered as Liquid with the customer (<c>{{ customer.Name }}</c>)
/// and the campaign (<c>{{ campaign.Name }}</c>), the body as sanitised HTML plus a plain-text part, every http(s) link
/// (tagged by <see cref="LinkTags"/>) rewritten to a signed tracked redirect, an open pixel, and the unsubscribe link in the footer and in List-Unsubscribe.
/// </summary>
public sealed partial class CampaignMail(LiquidTemplates liquid, MarkdownPreview markdown, IStringLocalizer<EmailCampaignsText> text)
{
    private const int MaxSubject = 200;

    /// <exception cref="TemplateException">The subject or body cannot be rendered for this customer.</exception>
    /// <param name="tags">Query parameters added to every link target (<see cref="LinkTags"/>).</param>
    public EmailMessage Build(ContentItem campaign, ContentItem customer, string to, string token, CampaignLinks.Site site, CultureInfo culture,
        IReadOnlyDictionary<string, string> tags)
    {
        var model = new Dictionary<string, object?> { ["customer"] = customer, ["campaign"] = new Dictionary<string, object?> { ["Name"] = campaign.Text(EmailCampaignModel.Name) } };
        var subject = OneLine(liquid.Render(campaign.Text(EmailCampaignModel.Subject) ?? "", model));
        var body = liquid.Render(campaign.Text(EmailCampaignModel.Body) ?? "", model);
        var unsubscribe = site.Unsubscribe(token);
        var (footer, why) = TenantCulture.In(culture, () => (text["Unsubscribe"].Value, text["You receive this email because you are a customer of ours."].Value));

        var html = HtmlLink().Replace(markdown.ToSafeHtml(body), m =>
            $"href=\"{WebUtility.HtmlEncode(site.Click(token, LinkTags.Apply(WebUtility.HtmlDecode(m.Groups[1].Value), tags)))}\"");
        html += $"<hr><p style=\"font-size:small;color:#666\">{WebUtility.HtmlEncode(why)} <a href=\"{WebUtility.HtmlEncode(unsubscribe)}\">{WebUtility.HtmlEncode(footer)}</a></p>" +
                $"<img src=\"{WebUtility.HtmlEncode(site.Open(token))}\" width=\"1\" height=\"1\" alt=\"\">";
        var plain = TextLink().Replace(body, m => site.Click(token, LinkTags.Apply(m.Value, tags))) + $"\n\n-- \n{why}\n{footer}: {unsubscribe}\n";
        return new EmailMessage
        {
            To = [to], Subject = subject, TextBody = plain, HtmlBody = html, Bulk = true, UnsubscribeUrl = unsubscribe,
            Headers = new Dictionary<string, string> { ["X-Campaign"] = campaign.Id },
        };
    }

    private static string OneLine(string subject)
    {
        var line = subject.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "-" : line.Length <= MaxSubject ? line : line[..(MaxSubject - 1)] + "…";
    }

    [GeneratedRegex("href=\"(https?://[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    /// <summary>A bare http(s) URL in the Markdown text, up to a space, quote, angle bracket or closing parenthesis.</summary>
    [GeneratedRegex(@"https?://[^\s""'<>()\[\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex TextLink();
}
