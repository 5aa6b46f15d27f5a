using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// Keeps an opportunity or quote line's total: quantity × unit price less the discount, rounded to the currency. A line
/// without a unit price takes its product's, and without a description its product's name. The lines of one parent
/// share one currency: a line in another currency than its siblings is refused.
/// </summary>
public sealed class LineTotalPreparer(FeatureManager features, ContentManager content, LineSums sums) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (LineRollup.ForLineType(item.Type.Name) is not { } rollup) return;
        if (!item.Changed(OpportunityModel.Product) && !item.Changed(OpportunityModel.Quantity) && !item.Changed(OpportunityModel.UnitPrice)
            && !item.Changed(OpportunityModel.DiscountPercent) && !item.Changed(rollup.ParentField)) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;

        var price = Money.From(item.Value(OpportunityModel.UnitPrice));
        if (item.Changed(OpportunityModel.Product) && item.Text(OpportunityModel.Product) is { } productId
            && await content.GetAsync(productId, cancellationToken: cancellationToken) is { ContentType: OpportunityModel.Product } product)
        {
            if (price is null && ItemValues.Money(product, OpportunityModel.UnitPrice) is { } listPrice)
            {
                price = listPrice;
                item.SetIfField(OpportunityModel.UnitPrice, listPrice.ToJson());
            }
            if (item.Text(OpportunityModel.Description) is null) item.SetIfField(OpportunityModel.Description, product.DisplayText);
        }

        var quantity = Numbers.From(item.Value(OpportunityModel.Quantity)) ?? 1;
        var discount = Numbers.From(item.Value(OpportunityModel.DiscountPercent)) ?? 0;
        item.SetIfField(OpportunityModel.LineTotal, price?.Times(quantity * (100 - discount) / 100).ToJson());

        if (price is not null && item.Text(rollup.ParentField) is { } parentId)
        {
            var siblings = await sums.OfAsync(rollup, parentId, item.Before?.Id, cancellationToken);
            if (siblings.ByCurrency.Keys.FirstOrDefault(c => c != price.Currency) is { } theirs)
            {
                item.Refuse(OpportunityModel.UnitPrice, new FieldProblem(FieldMessages.NotAnOption, price.Currency, theirs));
            }
        }
    }
}
