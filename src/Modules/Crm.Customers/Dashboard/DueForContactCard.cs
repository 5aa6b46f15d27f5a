using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;

namespace Crm.Customers.Dashboard;

public sealed record DueForContactCard(IReadOnlyList<ContentItem> Customers, ContentCount? Count, DateTimeOffset Now)
{
    /// <summary>Whole days since the customer's next-contact date passed.</summary>
    public int DaysOverdue(ContentItem customer) =>
        customer.Text(CustomerModel.ContactDueAt) is { } due && DateTimeOffset.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? Math.Max(0, (int)(Now - at).TotalDays)
            : 0;
}
