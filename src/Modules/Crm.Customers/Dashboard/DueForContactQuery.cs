using Crm.Core.Content.Queries;

namespace Crm.Customers.Dashboard;

/// <summary>The "Customers to contact" card's data: a user's customers whose next-contact date has passed, longest overdue first, with a capped count.</summary>
public sealed class DueForContactQuery(ContentQuery query, TimeProvider clock)
{
    /// <summary>
    /// The card counts up to here, then shows "1,000+". Counting reads every counted customer's row (PostgreSQL cannot
    /// count from an expression index alone), so the cap bounds the card's cost: the list's usual 10,000 took a busy rep's
    /// dashboard 40–90 ms at 1M customers, nearly all of it this count.
    /// </summary>
    public const int CountLimit = 1000;

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
            CountLimit = CountLimit,
        }, cancellationToken);
        return new DueForContactCard(result.Items, result.Count, clock.GetUtcNow());
    }
}
