using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Retention.Coupons;

/// <summary>Finds a coupon by its code, deleted ones included (codes stay unique across the recycle bin).</summary>
public sealed class CouponLookup(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, ContentManager content)
{
    /// <summary>The id of the coupon with the code (other than <paramref name="exceptId"/>), or null.</summary>
    public async Task<string?> IdOfAsync(string code, string? exceptId, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(RetentionModel.Coupon) is not { } type || defs.FindField(type, RetentionModel.Code) is not { } field || kinds.Find(field.Field.Kind) is not { } kind) return null;
        var expression = ContentExpressions.Field(db.Dialect, field, kind);
        return await db.QuerySingleOrDefaultAsync<string>(
            $"SELECT id FROM content_items WHERE content_type = '{RetentionModel.Coupon}' AND {expression} = @code AND (@exceptId IS NULL OR id <> @exceptId)",
            new { code, exceptId }, cancellationToken);
    }

    public async Task<ContentItem?> FindAsync(string code, CancellationToken cancellationToken) =>
        await IdOfAsync(CouponCodes.Normalize(code), null, cancellationToken) is { } id ? await content.GetAsync(id, cancellationToken: cancellationToken) : null;
}
