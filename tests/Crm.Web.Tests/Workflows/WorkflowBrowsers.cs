using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Workflows;

/// <summary>Signed-in clients for the workflow screens, and posts carrying the antiforgery token as the pages' forms and scripts do.</summary>
public static partial class WorkflowBrowsers
{
    public const string StaffPassword = "Staff-Password-1";

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public static async Task<HttpClient> AdminAsync(WorkflowTestHost host)
    {
        var admin = host.Content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
        return admin;
    }

    /// <summary>A new user with one role (or none), signed in.</summary>
    public static async Task<HttpClient> StaffAsync(WorkflowTestHost host, HttpClient admin, string userName, string? role)
    {
        var fields = new Dictionary<string, string> { ["userName"] = userName, ["email"] = $"{userName}@example.com", ["password"] = StaffPassword };
        if (role is not null) fields["roleNames"] = role;
        await admin.SubmitFormAsync("/admin/users", "/admin/users", fields);
        var staff = host.Content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.LoginAsync("", userName, StaffPassword)).StatusCode);
        return staff;
    }

    /// <summary>The antiforgery token of a page the client can open (every admin page has one in the header's sign-out form).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page = "/admin/workflows")
    {
        var match = AntiforgeryField().Match(await client.GetStringAsync(page));
        Assert.True(match.Success, $"No antiforgery token on {page}.");
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields)
    {
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(pairs));
    }

    /// <summary>A JSON body with the token in the header, as the designer's script sends it.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string? token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    public static void AssertDenied(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/denied"), $"{what}: {response.StatusCode}");
}
