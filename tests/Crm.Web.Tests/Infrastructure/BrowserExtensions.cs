using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Crm.Web.Tests.Infrastructure;

public static partial class BrowserExtensions
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Loads the form page, then posts the fields with its antiforgery token (as a browser would).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(pageUrl);
        var token = AntiforgeryField().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        return await browser.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient browser, string tenantBase, string userName, string password) =>
        browser.SubmitFormAsync($"{tenantBase}/login", $"{tenantBase}/login", new() { ["UserName"] = userName, ["Password"] = password });

    public static async Task<HttpResponseMessage> GetWithKeyAsync(this HttpClient client, string url, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await client.SendAsync(request);
    }
}
