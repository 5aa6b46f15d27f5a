using Crm.Core.Modules;

[assembly: Module("Crm.EmailCampaigns", Name = "Email campaigns", Description = "Liquid email campaigns to a saved query of customers, sent through the outbox at a rate limit, with opens, clicks and unsubscribes per recipient.", Category = "Marketing")]
[assembly: Feature("Crm.EmailCampaigns", Name = "Email campaigns",
    Description = "The EmailCampaign type (subject and Markdown body as Liquid templates with customer fields, an audience saved query, a schedule and a rate per minute); test sends; scheduled sending through the outbox with one recipient row per customer (sent, failed, skipped with the reason); an open pixel, signed click redirects and a one-click unsubscribe that sets the customer's EmailOptOut; results per campaign.",
    Category = "Marketing", Dependencies = ["Crm.Customers", "Crm.Email", "Crm.Contents"])]
[assembly: Feature(Crm.EmailCampaigns.CampaignChannel.CampaignChannelFeature.Id, Name = "Email campaigns in campaign ROI",
    Description = "An email campaign belongs to a marketing campaign (its Campaign field): its recipients become the campaign's members, a recipient's first tracked click is their response, its links carry the campaign's utm_campaign code, and its sending cost (emails sent × cost per email) becomes the campaign's cost lines per month — so the campaign's ROI counts the email. The campaign's page lists its email campaigns with their results.",
    Category = "Marketing", Dependencies = ["Crm.EmailCampaigns", "Crm.Campaigns"])]
