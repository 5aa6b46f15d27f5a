namespace Crm.Grades.Samples;

/// <summary>
/// A kind of sample shopper: how many orders, how many days ago (the latest first, then the gaps between them) and how
/// much per order. The profiles are chosen so that the shipped rules give each its grade.
/// </summary>
public sealed record PurchaseProfile(string Name, int Orders, int LatestDaysAgo, int GapDays, long Amount)
{
    /// <summary>VIP: three large orders in the last five months. A: frequent, recent, ordinary baskets. B: two orders, the latest 8 months ago. C: one small order 18 months ago.</summary>
    public static readonly IReadOnlyList<(PurchaseProfile Profile, int Share)> Mix =
    [
        (new PurchaseProfile("VIP", 3, 10, 45, 2_500_000), 6),
        (new PurchaseProfile("A", 6, 30, 110, 400_000), 10),
        (new PurchaseProfile("B", 2, 240, 180, 300_000), 12),
        (new PurchaseProfile("C", 1, 540, 0, 100_000), 12),
    ];
}
