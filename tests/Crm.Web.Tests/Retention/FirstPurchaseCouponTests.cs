using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Retention;

/// <summary>
/// The FirstPurchaseThanks workflow: a customer's first purchase brings a thank-you mail with a 10 % coupon valid for 30 days;
/// the coupon is redeemed once at /admin/retention/coupons/redeem, and refused when unknown, redeemed or expired.
/// </summary>
public sealed class FirstPurchaseCouponTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_purchase_mails_a_coupon_that_redeems_once_and_expires_after_its_last_day(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var lee = await crm.CustomerAsync("""{ "Name": "이서연", "Email": "seoyeon@example.com" }""", owner);
        await crm.OrderAsync(lee.Id, 300_000, "2026-11-23", owner);
        await crm.RunDueAsync();

        var coupon = Assert.Single(await crm.ItemsAsync("Coupon", $"Customer:eq:{lee.Id}"));
        var code = coupon.Text("Code")!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Equal(("10", "FirstPurchaseThanks", owner), (coupon.Text("Percent"), coupon.Text("Program"), coupon.Owner));
        Assert.Equal("2026-12-23T15:00:00.0000000Z", coupon.Text("ExpiresAt")); // the end of 23 December in Seoul: today and 30 more days
        var mail = Assert.Single(await crm.MailToAsync("seoyeon@example.com"));
        Assert.Contains("첫 구매", mail["Subject"]!.GetValue<string>());
        Assert.Contains($"쿠폰 코드: {code}", mail["TextBody"]!.GetValue<string>());
        Assert.Contains("사용 기한: 2026-12-23까지", mail["TextBody"]!.GetValue<string>());
        Assert.Empty(await crm.ProgramToDosAsync(lee.Id, "FirstPurchaseThanks")); // mailed, so no card to send

        await crm.OrderAsync(lee.Id, 100_000, "2026-11-24", owner); // a second purchase is not a first one
        await crm.RunDueAsync();
        Assert.Single(await crm.ItemsAsync("Coupon", $"Customer:eq:{lee.Id}"));

        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/retention/coupons/redeem");
        var redeemed = await admin.PostAsync("/admin/retention/coupons/redeem", CrmRecipeHost.Form(page, ("code", " " + code.ToLowerInvariant())));
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Contains($"Coupon {code} (10%) is redeemed.", WebUtility.HtmlDecode(await redeemed.Content.ReadAsStringAsync()));
        Assert.Equal("2026-11-23T00:00:00.0000000Z", (await crm.GetAsync(coupon.Id)).Text("RedeemedAt"));

        var again = await admin.PostAsync("/admin/retention/coupons/redeem", CrmRecipeHost.Form(page, ("code", code)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"Coupon {code} was already redeemed on 2026-11-23 09:00.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var unknown = await admin.PostAsync("/admin/retention/coupons/redeem", CrmRecipeHost.Form(page, ("code", "NOPE-2345")));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No coupon has the code NOPE-2345.", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));

        var park = await crm.CustomerAsync("""{ "Name": "박지호", "Email": "jiho@example.com" }""", owner);
        var choi = await crm.CustomerAsync("""{ "Name": "최유나", "Email": "yuna@example.com" }""", owner);
        await crm.OrderAsync(park.Id, 80_000, "2026-11-23", owner);
        await crm.OrderAsync(choi.Id, 80_000, "2026-11-23", owner);
        await crm.RunDueAsync();
        var second = Assert.Single(await crm.ItemsAsync("Coupon", $"Customer:eq:{park.Id}"));
        var third = Assert.Single(await crm.ItemsAsync("Coupon", $"Customer:eq:{choi.Id}"));

        await crm.AdvanceAsync(new DateTimeOffset(2026, 12, 23, 14, 59, 0, TimeSpan.Zero) - crm.Clock.GetUtcNow()); // 23:59 on the last day in Seoul
        admin = await crm.AdminAsync(); // a month on, the sign-in has lapsed
        page = await admin.GetStringAsync("/admin/retention/coupons/redeem");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/retention/coupons/redeem", CrmRecipeHost.Form(page, ("code", third.Text("Code")!)))).StatusCode);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1)); // midnight: expired
        var expired = await admin.PostAsync("/admin/retention/coupons/redeem", CrmRecipeHost.Form(page, ("code", second.Text("Code")!)));
        Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
        Assert.Contains($"Coupon {second.Text("Code")} expired on 2026-12-24 00:00.", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));
        Assert.Null((await crm.GetAsync(second.Id)).Text("RedeemedAt"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_first_buyer_without_email_gets_a_card_to_do_and_a_holdout_buyer_no_coupon(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var noMail = await crm.CustomerAsync("""{ "Name": "No Mail" }""", owner);
        var held = await crm.CustomerAsync("""{ "Name": "Held", "Email": "held@example.com" }""", owner, holdoutIn: "FirstPurchaseThanks");
        await crm.OrderAsync(noMail.Id, 10_000, "2026-11-23", owner);
        await crm.OrderAsync(held.Id, 10_000, "2026-11-23", owner);
        await crm.RunDueAsync();

        var card = Assert.Single(await crm.ProgramToDosAsync(noMail.Id, "FirstPurchaseThanks"));
        var code = Assert.Single(await crm.ItemsAsync("Coupon", $"Customer:eq:{noMail.Id}")).Text("Code")!;
        Assert.Equal(("Post", owner), (card.Text("Kind"), card.Owner));
        Assert.Contains(code, card.Text("Subject"));

        Assert.Empty(await crm.ItemsAsync("Coupon", $"Customer:eq:{held.Id}"));
        Assert.Empty(await crm.MailToAsync("held@example.com"));
        Assert.Contains(await crm.EnrolmentsAsync("FirstPurchaseThanks"), e => e.CustomerId == held.Id && e.Holdout);
    }
}
