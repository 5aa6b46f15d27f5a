using Crm.Core.Modules;

[assembly: Module("Crm.WebTracking", Name = "Web tracking", Description = "Page views from the tenant's websites, their sources and devices, and web-to-lead forms.", Category = "Marketing")]
[assembly: Feature("Crm.WebTracking", Name = "Web tracking",
    Description = "A tracking script and pixel per tenant (allowed websites only) recording page views with referrer, search keyword, UTM tags, device, OS, browser, optional GeoIP region and dwell time under an anonymous visitor id; embeddable web-to-lead forms generated from the Customer type that link the visitor to the new lead; reports of top pages, sources, devices and conversion; IP anonymisation and a retention period.",
    Category = "Marketing", Dependencies = ["Crm.Customers"])]
