using Crm.Opportunities.Models;

namespace Crm.Web.Tests.Opportunities;

/// <summary>How an order's amount turns into revenue rows by billing type.</summary>
public sealed class RevenueScheduleTests
{
    private static readonly DateOnly OrderDate = new(2026, 11, 23);

    [Fact]
    public void Monthly_billing_spreads_the_amount_over_the_term_and_puts_the_remainder_in_the_last_month()
    {
        var rows = RevenueSchedule.For(OrderDate, new Money(1_000_000, "KRW"), BillingTypes.Monthly, 12, "Open");

        Assert.Equal(12, rows.Count);
        Assert.Equal(new DateOnly(2026, 11, 1), rows[0].Month);
        Assert.Equal(new DateOnly(2027, 10, 1), rows[^1].Month);
        Assert.All(rows.Take(11), r => Assert.Equal(83_333m, r.Amount.Amount));
        Assert.Equal(83_337m, rows[^1].Amount.Amount);
        Assert.Equal(1_000_000m, rows.Sum(r => r.Amount.Amount));
    }

    [Fact]
    public void Cents_are_kept_for_currencies_that_have_them()
    {
        var rows = RevenueSchedule.For(OrderDate, new Money(100m, "USD"), BillingTypes.Monthly, 3, "Open");

        Assert.Equal([33.33m, 33.33m, 33.34m], rows.Select(r => r.Amount.Amount));
    }

    [Theory]
    [InlineData(BillingTypes.OneOff, "2026-11-01")]
    [InlineData(BillingTypes.Prepaid, "2026-11-01")]
    [InlineData(BillingTypes.Postpaid, "2027-04-01")]
    public void One_off_prepaid_and_postpaid_deals_make_one_row(string billing, string month)
    {
        var row = Assert.Single(RevenueSchedule.For(OrderDate, new Money(600_000, "KRW"), billing, 6, "Open"));

        Assert.Equal((DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), 600_000m), (row.Month, row.Amount.Amount));
    }

    [Fact]
    public void A_cancelled_order_makes_no_revenue()
    {
        Assert.Empty(RevenueSchedule.For(OrderDate, new Money(600_000, "KRW"), BillingTypes.Monthly, 6, "Cancelled"));
    }
}
