using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>Where an item form leads once it saved: the item's page (/contents/Type/ID?notice=saved).</summary>
public static class SavedItem
{
    /// <summary>Waits for the saved item's page and returns the item's id.</summary>
    public static async Task<string> IdAsync(IPage page, string type)
    {
        await Expect(page).ToHaveURLAsync(new Regex($"/contents/{type}/[0-9A-Z]{{26}}(\\?|$)"));
        return Regex.Match(new Uri(page.Url).AbsolutePath, "[0-9A-Z]{26}$").Value;
    }
}
