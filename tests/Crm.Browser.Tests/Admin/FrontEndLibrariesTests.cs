using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Admin;

/// <summary>The npm packages the build copies into wwwroot/lib are served by the server itself and work in a real browser.</summary>
public sealed class FrontEndLibrariesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Chart_js_Tom_Select_and_X6_load_from_the_server_and_draw()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin", Exact = true })).ToBeVisibleAsync();
        // Tags the admin layout already has (Bootstrap, htmx) were loaded by the page itself.
        Assert.True(await page.EvaluateAsync<bool>("() => typeof bootstrap === 'object' && typeof htmx === 'object'"));

        await page.AddStyleTagAsync(new() { Url = "/lib/tom-select/tom-select.bootstrap5.min.css" });
        await page.AddScriptTagAsync(new() { Url = "/lib/chart.js/chart.umd.min.js" });
        await page.AddScriptTagAsync(new() { Url = "/lib/tom-select/tom-select.complete.min.js" });
        await page.AddScriptTagAsync(new() { Url = "/lib/x6/x6.min.js" });

        // Each library does its basic job on the page: a chart with its data, a searchable select, a graph with a connected node.
        var drawn = await page.EvaluateAsync<string[]>("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend',
                '<canvas id="chart" width="400" height="200"></canvas>' +
                '<select id="stage"><option value="target">Target</option><option value="prospect">Prospect</option></select>' +
                '<div id="designer" style="width:400px;height:200px"></div>');
              const chart = new Chart(document.getElementById('chart'), {
                type: 'bar', data: { labels: ['Q1', 'Q2'], datasets: [{ label: 'Revenue', data: [3, 5] }] }, options: { animation: false } });
              const select = new TomSelect('#stage', {});
              select.setValue('prospect');
              const graph = new X6.Graph({ container: document.getElementById('designer'), width: 400, height: 200 });
              const start = graph.addNode({ shape: 'rect', x: 20, y: 20, width: 80, height: 40, label: 'Start' });
              const end = graph.addNode({ shape: 'rect', x: 200, y: 100, width: 80, height: 40, label: 'End' });
              graph.addEdge({ source: start, target: end });
              return [
                String(chart.data.datasets[0].data.length),
                select.getValue(),
                String(graph.getNodes().length) + '/' + String(graph.getEdges().length),
              ];
            }
            """);

        Assert.Equal(["2", "prospect", "2/1"], drawn);
        await Expect(page.Locator(".ts-wrapper")).ToContainTextAsync("Prospect");
        // X6 renders on the next animation frames, so the drawn SVG is awaited rather than read at once.
        await Expect(page.Locator("#designer .x6-node")).ToHaveCountAsync(2);
        await Expect(page.Locator("#designer .x6-edge")).ToHaveCountAsync(1);
        await Expect(page.Locator("#designer").GetByText("Start", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "front-end-libraries");
        // Nothing came from a CDN or any other host: every request went to the test server.
        Assert.Empty(browser.ForeignRequests);
    }
}
