using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crm.Bench.Common;

/// <summary>A signed-in admin session on a bench host, for timing whole pages as a browser requests them.</summary>
public static partial class BenchSession
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public static async Task<HttpClient> SignInAsync(BenchHost host, string tenantBase = "")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = await client.GetStringAsync($"{tenantBase}/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var response = await client.PostAsync($"{tenantBase}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = BenchHost.AdminPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Signing in failed: {(int)response.StatusCode}.");
        return client;
    }
}
