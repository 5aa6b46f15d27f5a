using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Retention;

/// <summary>The programs screen in Korean and in English (names as words, not ids), the menu, and the Redeem button on a coupon's page.</summary>
public sealed class RetentionScreensTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_programs_screen_speaks_Korean_and_a_coupons_page_redeems_it_once(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var korean = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/retention?culture=ko-KR"));
        Assert.Contains("고객 유지 프로그램", korean);
        Assert.Contains(">해피콜<", korean);
        Assert.Contains("향상도", korean);
        var english = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/retention?culture=en-US"));
        Assert.Contains(">First purchase thanks<", english);
        Assert.Contains(">Happy calls<", english);
        Assert.DoesNotContain(">FirstPurchaseThanks<", english);
        var home = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin"));
        Assert.Contains("/admin/retention/coupons/redeem", home); // in the menu

        var customer = await crm.CreateAsync("Customer", """{ "Name": "Kim" }""");
        var coupon = await crm.CreateAsync("Coupon", $$"""{ "Customer": "{{customer.Id}}", "Percent": 5, "ExpiresAt": "2026-12-31T15:00:00Z" }""");
        var page = await admin.GetStringAsync($"/contents/Coupon/{coupon.Id}");
        Assert.Contains("/admin/retention/coupons/redeem-item", page);
        var redeemed = await admin.PostAsync("/admin/retention/coupons/redeem-item", CrmRecipeHost.Form(page, ("itemIds", coupon.Id)));
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.NotNull((await crm.GetAsync(coupon.Id)).Text("RedeemedAt"));
        Assert.DoesNotContain("/admin/retention/coupons/redeem-item", await admin.GetStringAsync($"/contents/Coupon/{coupon.Id}"));
        var again = await admin.PostAsync("/admin/retention/coupons/redeem-item", CrmRecipeHost.Form(page, ("itemIds", coupon.Id)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"was already redeemed on 2026-11-23 09:00", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/retention/coupons/redeem-item", CrmRecipeHost.Form(page, ("itemIds", customer.Id)))).StatusCode);
    }
}
