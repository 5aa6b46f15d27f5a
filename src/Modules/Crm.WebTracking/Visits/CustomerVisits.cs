using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Customers;
using Crm.WebTracking.Storage;

namespace Crm.WebTracking.Visits;

/// <summary>A customer's web visits: the visitors linked to it (through its web-to-lead forms) and their page views, for users who may see both.</summary>
public sealed class CustomerVisits(ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer, IRolePermissions roles,
    TenantScope scope, PageViewStore store)
{
    public const int MaxViews = 200;

    /// <summary>The page, or null when there is no such customer or the user may not see it (or web visits).</summary>
    public async Task<CustomerVisitsPage?> ForAsync(string customerId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await MaySeeVisitsAsync(user, cancellationToken)) return null;
        var customer = await content.GetAsync(customerId, cancellationToken: cancellationToken);
        if (customer is null || customer.ContentType != CustomerModel.Customer) return null;
        var type = (await definitions.GetAsync(cancellationToken)).FindType(CustomerModel.Customer);
        if (type is null || !await authorizer.CanAsync(user, ContentAction.View, type, customer.Owner, cancellationToken)) return null;
        var visitors = await store.VisitorsOfCustomerAsync(customer.Id, cancellationToken);
        var views = await store.OfVisitorsAsync(visitors.Select(v => v.VisitorId).ToList(), MaxViews, cancellationToken);
        return new CustomerVisitsPage(customer, visitors, views);
    }

    public async Task<int> VisitorCountAsync(string customerId, CancellationToken cancellationToken) =>
        (await store.VisitorsOfCustomerAsync(customerId, cancellationToken)).Count;

    public async Task<bool> MaySeeVisitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        scope.HasTenant && user.BelongsTo(scope.Tenant) && (await roles.GrantedAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), cancellationToken)).Contains(Permissions.ViewWebTracking);
}
