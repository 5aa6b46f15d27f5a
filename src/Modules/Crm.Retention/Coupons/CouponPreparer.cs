using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Retention.Coupons;

/// <summary>
/// Keeps a coupon sound on every path (forms, imports, the API, workflows): a new coupon without a code gets a generated
/// one; a chosen code is stored in upper case and must be well-formed and unused; the code never changes afterwards; the
/// value is an amount or a percentage, exactly one of them.
/// </summary>
public sealed class CouponPreparer(FeatureManager features, CouponLookup coupons) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (!string.Equals(item.Type.Name, RetentionModel.Coupon, StringComparison.Ordinal) || !item.HasField(RetentionModel.Code)) return;
        if (!await features.IsEnabledAsync(RetentionModel.FeatureId, cancellationToken)) return;

        if (!item.IsCreate && item.Changed(RetentionModel.Code))
        {
            item.Refuse(RetentionModel.Code, new FieldProblem("A coupon's code cannot be changed once it is issued."));
        }
        else if (item.IsCreate)
        {
            await KeepCodeAsync(item, cancellationToken);
        }

        if (item.HasField(RetentionModel.Amount) && item.HasField(RetentionModel.Percent) && (item.Changed(RetentionModel.Amount) || item.Changed(RetentionModel.Percent)))
        {
            var hasAmount = item.Value(RetentionModel.Amount) is not null;
            var hasPercent = item.Value(RetentionModel.Percent) is not null;
            if (hasAmount == hasPercent)
            {
                item.Refuse(RetentionModel.Amount, new FieldProblem(hasAmount
                    ? "Give an amount or a percentage, not both."
                    : "Give the coupon's value: an amount or a percentage."));
            }
        }
    }

    private async Task KeepCodeAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Text(RetentionModel.Code) is { Length: > 0 } chosen)
        {
            var code = CouponCodes.Normalize(chosen);
            if (!CouponCodes.IsWellFormed(code))
            {
                item.Refuse(RetentionModel.Code, new FieldProblem("A code has 4 to 32 letters, digits and hyphens inside, e.g. SPRING-2026."));
            }
            else if (await coupons.IdOfAsync(code, null, cancellationToken) is not null)
            {
                item.Refuse(RetentionModel.Code, new FieldProblem("Another coupon already has the code {0}.", code));
            }
            else if (code != chosen)
            {
                item.Set(RetentionModel.Code, code);
            }
            return;
        }
        string generated;
        do generated = CouponCodes.New();
        while (await coupons.IdOfAsync(generated, null, cancellationToken) is not null);
        item.Set(RetentionModel.Code, generated);
    }
}
