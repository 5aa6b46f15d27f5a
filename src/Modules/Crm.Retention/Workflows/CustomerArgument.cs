using Crm.Core.Content.Store;
using Crm.Customers;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Retention.Workflows;

/// <summary>The customer a retention activity's <c>customer</c> property names (Liquid, an id), or a failure that says what it got instead.</summary>
internal static class CustomerArgument
{
    public static async Task<ContentItem> LoadAsync(ActivityContext context)
    {
        var customerId = context.Text("customer")?.Trim() ?? "";
        if (customerId.Length == 0 || await context.Services.GetRequiredService<ContentManager>().GetAsync(customerId, cancellationToken: context.CancellationToken)
                is not { ContentType: CustomerModel.Customer } customer)
        {
            throw new WorkflowActivityException($"'{customerId}' is not a customer's id (customer).");
        }
        return customer;
    }
}
