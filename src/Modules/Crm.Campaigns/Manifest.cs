using Crm.Core.Modules;

[assembly: Module("Crm.Campaigns", Name = "Campaigns", Description = "Marketing campaigns per channel with cost lines, members and responses, attribution of sourced customers' revenue, and ROI.", Category = "Marketing")]
[assembly: Feature("Crm.Campaigns", Name = "Campaigns and ROI",
    Description = "Campaign (channel, dates, budget, audience = a saved query, attribution window), CampaignCost (cost lines per month, keyword-ad costs imported from CSV) and CampaignMember types; the customer's source campaign and keyword; ROI per campaign, channel, month and keyword with charts (screen and GraphQL); campaign costs as the Sales KPIs' acquisition spend.",
    Category = "Marketing", Dependencies = ["Crm.Customers", "Crm.Opportunities"])]
