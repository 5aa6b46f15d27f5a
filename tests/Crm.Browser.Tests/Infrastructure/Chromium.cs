using Microsoft.Playwright;

namespace Crm.Browser.Tests.Infrastructure;

/// <summary>Debian's chromium, driven by Playwright; Playwright's own browser builds are never downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string RequireVariable = "CRM_TEST_REQUIRE_BROWSER";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>
    /// Skips the calling test when chromium is missing, so `dotnet test` works on a machine without it;
    /// CI sets CRM_TEST_REQUIRE_BROWSER=1 so that a missing browser fails instead of hiding the browser tests.
    /// </summary>
    public static void RequireInstalled()
    {
        if (IsInstalled) return;
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing but {RequireVariable}=1: browser tests must run (apt-get install chromium).");
        }
        Assert.Skip($"Browser test skipped: {ExecutablePath} not found; install chromium: apt-get install chromium (.ci/run does).");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root, where chromium refuses its sandbox. The rest keeps the browser from
            // calling home (updates, sync, safe-browsing lists) in a test run that must not reach the internet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
