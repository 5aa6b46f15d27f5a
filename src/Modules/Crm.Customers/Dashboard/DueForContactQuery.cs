using Crm.Core.Content.Queries;

namespace Crm.Customers.Dashboard;

/// <summary>The "Customers to contact" card's data: a user's customers whose next-contact date has passed, longest overdue first, with a capped count.</summary>
public sealed class DueForContactQuery(ContentQuery query, TimeProvider clock)
{
    public async Task<DueForContactCard> ForAsync(string userId, int rows, CancellationToken cancellationToken)
    {
        var result = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CustomerModel.Customer,
            Filter = new FilterAnd(
            [
                new FilterComparison("Owner", FilterOperator.Eq, userId, "$.owner", "$.owner"),
                new FilterComparison(CustomerModel.ContactDueAt, FilterOperator.Lt, "now", "$.due", "$.due"),
            ]),
            OrderBy = [CustomerModel.ContactDueAt, "Id"],
            First = rows,
            Count = CountMode.Capped,
        }, cancellationToken);
        return new DueForContactCard(result.Items, result.Count, clock.GetUtcNow());
    }
}
