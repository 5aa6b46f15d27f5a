using Crm.Core.Modules;

[assembly: Module("Crm.Opportunities", Name = "Opportunities", Description = "Opportunities in a pipeline with probabilities, products, orders and revenue, quotes, and the weighted forecast.", Category = "Sales")]
[assembly: Feature("Crm.Opportunities", Name = "Opportunities",
    Description = "Product, Opportunity (with lines), Order, Revenue and Quote types; pipeline probabilities; a won opportunity becomes an order with its revenue rows and makes its party a customer; printable quotes; the weighted forecast by month and owner.",
    Category = "Sales", Dependencies = ["Crm.SalesActivities"])]
