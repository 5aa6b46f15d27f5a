using Microsoft.Playwright;

namespace Crm.Browser.Tests.Infrastructure;

/// <summary>
/// One server and one chromium per test class (IClassFixture): starting them is the slow part. Every test gets
/// its own browser context (own cookies and language), so tests in a class do not see each other's sign-in.
/// The server's default tenant is made from the platform recipe; <see cref="CrmBrowserFixture"/> makes it from the crm recipe.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private KestrelCrmHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Requests the pages made to any host but the test server; aborted, so a CDN reference shows up as a broken page and here.</summary>
    public IReadOnlyCollection<string> ForeignRequests => _foreignRequests;
    private readonly List<string> _foreignRequests = [];

    public async ValueTask InitializeAsync()
    {
        // Without chromium there is nothing to drive; each test then skips (or fails in CI) in NewPageAsync.
        if (!Chromium.IsInstalled) return;
        _host = CreateHost();
        _host.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    protected virtual KestrelCrmHost CreateHost() => new();

    /// <summary>Runs code in a DI scope of the default tenant (see <see cref="KestrelCrmHost.InDefaultTenantAsync"/>).</summary>
    public Task InDefaultTenantAsync(Func<IServiceProvider, Task> action)
    {
        Chromium.RequireInstalled();
        return _host!.InDefaultTenantAsync(action);
    }

    /// <summary>A fresh browser tab whose browser asks for <paramref name="locale"/> (Accept-Language), as a person's browser would.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        Chromium.RequireInstalled();
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        // Short waits: the server is local, and a missing element should fail fast rather than after 30 s.
        context.SetDefaultTimeout(10_000);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority == BaseAddress.Authority)
            {
                await route.ContinueAsync();
                return;
            }
            lock (_foreignRequests) _foreignRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    /// <summary>Fills and submits the sign-in form; the caller asserts where that leads (Playwright's assertions wait for it).</summary>
    public static async Task SignInAsync(IPage page, string password = KestrelCrmHost.AdminPassword, string userName = KestrelCrmHost.AdminUserName)
    {
        await page.GotoAsync("login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Types a filter in the list page's text form ("Advanced"), opening it when it is closed, and applies it.</summary>
    public static async Task FilterAsTextAsync(IPage page, string filter)
    {
        var box = page.GetByLabel("Filter text");
        if (!await box.IsVisibleAsync()) await page.GetByText("Advanced: filter as text").ClickAsync();
        await box.FillAsync(filter);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
    }

    /// <summary>Saves a full-page screenshot next to the test binaries (screenshots/NAME.png) and names the file in the test output.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}
