using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crm.Bench.Common;

/// <summary>A signed-in session on a bench host, for timing whole pages as a browser requests them.</summary>
public static partial class BenchSession
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The admin, through the in-memory test server.</summary>
    public static async Task<HttpClient> SignInAsync(BenchHost host, string tenantBase = "")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, tenantBase, "admin");
        return client;
    }

    /// <summary>A user (password <see cref="BenchHost.AdminPassword"/>) over HTTP to a host on a socket (<see cref="BenchHost.StartOnLoopback"/>), keeping its cookie.</summary>
    public static async Task<HttpClient> SignInAsync(Uri server, string userName, string tenantBase = "")
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = server };
        await SignInAsync(client, tenantBase, userName);
        return client;
    }

    private static async Task SignInAsync(HttpClient client, string tenantBase, string userName)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = await client.GetStringAsync($"{tenantBase}/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var response = await client.PostAsync($"{tenantBase}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = BenchHost.AdminPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}.");
    }
}
