using Crm.Core.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Infrastructure;

/// <summary>
/// A server whose default tenant is made from the crm recipe without sample data: the marketing figures a test reads (ROI,
/// program outcomes, sending results) come only from what the test arranged, so it can state them exactly.
/// </summary>
public sealed class MarketingBrowserFixture : BrowserFixture
{
    protected override KestrelCrmHost CreateHost() => new("crm", new Dictionary<string, string> { ["Crm:Samples:Create"] = "false" });

    /// <summary>Today in the tenant's time zone (the crm recipe's is Seoul), the day the screens count orders and costs in.</summary>
    public async Task<DateOnly> TodayAsync()
    {
        var today = DateOnly.MinValue;
        await InDefaultTenantAsync(async s => today = await s.GetRequiredService<TenantCalendar>().TodayAsync(CancellationToken.None));
        return today;
    }
}
