namespace Crm.Opportunities.Models;

/// <summary>A quote's VAT and total from its subtotal: Korean VAT of 10%, cut to the currency's smallest unit (원 미만 절사).</summary>
public static class QuoteTotals
{
    public const decimal VatRate = 0.10m;

    public static Money VatOf(Money subtotal) => new(Money.Truncate(subtotal.Amount * VatRate, subtotal.Currency), subtotal.Currency);

    public static Money TotalOf(Money subtotal) => new(subtotal.Amount + VatOf(subtotal).Amount, subtotal.Currency);
}
