using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.Opportunities.Services;
using Crm.Retention.Coupons;
using Crm.Retention.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Retention.Controllers;

/// <summary>
/// Redeeming coupons: /admin/retention/coupons/redeem (type the code a customer shows) and the "Redeem" button on a coupon's
/// page. An unknown code answers 404, an expired or already redeemed coupon 409, each saying which; nothing is written then.
/// </summary>
[RequirePermission(Permissions.RedeemCoupons)]
public sealed class CouponsController(CouponRedemption redemption, ContentManager content, IStringLocalizer<RetentionText> text) : Controller
{
    [HttpGet("/admin/retention/coupons/redeem")]
    public IActionResult Redeem([FromQuery] string? code) => View(new RedeemPage(code ?? ""));

    [HttpPost("/admin/retention/coupons/redeem")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RedeemCode([FromForm] string? code, CancellationToken cancellationToken)
    {
        try
        {
            var coupon = await redemption.RedeemCodeAsync(code ?? "", cancellationToken);
            return View("Redeem", new RedeemPage("", Redeemed: await DescribeAsync(coupon, cancellationToken)));
        }
        catch (CouponRefusedException e)
        {
            Response.StatusCode = StatusOf(e.Reason);
            return View("Redeem", new RedeemPage(code ?? "", text[e.Template, e.Arguments]));
        }
    }

    [HttpPost("/admin/retention/coupons/redeem-item")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RedeemItem([FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Redeem one coupon at a time."]);
        if (await content.GetAsync(itemIds[0], cancellationToken: cancellationToken) is not { ContentType: RetentionModel.Coupon } coupon) return NotFound();
        try
        {
            await redemption.RedeemAsync(coupon, cancellationToken);
        }
        catch (CouponRefusedException e)
        {
            return Problem(statusCode: StatusOf(e.Reason), title: text[e.Template, e.Arguments]);
        }
        return Redirect(Url.Content($"~/contents/{RetentionModel.Coupon}/{coupon.Id}?notice=saved"));
    }

    private static int StatusOf(CouponRefusal reason) => reason == CouponRefusal.UnknownCode ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;

    private async Task<RedeemedCoupon> DescribeAsync(ContentItem coupon, CancellationToken cancellationToken)
    {
        var value = coupon.Text(RetentionModel.Percent) is { } percent
            ? percent + "%"
            : ItemValues.Money(coupon, RetentionModel.Amount)?.Format(System.Globalization.CultureInfo.CurrentCulture) ?? "";
        var customerId = coupon.Text(RetentionModel.Customer);
        var customer = customerId is null ? null : await content.GetAsync(customerId, cancellationToken: cancellationToken);
        return new RedeemedCoupon(coupon.Id, coupon.Text(RetentionModel.Code) ?? "", value, customerId, customer?.DisplayText);
    }
}
