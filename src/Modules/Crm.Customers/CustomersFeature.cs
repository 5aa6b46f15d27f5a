namespace Crm.Customers;

public static class CustomersFeature
{
    public const string Id = "Crm.Customers";
}
