using Crm.Core.Modules;

[assembly: Module("Crm.LiveChat", Name = "Live chat", Description = "A chat widget for the tenant's websites and the agents' console, in real time.", Category = "Support")]
[assembly: Feature("Crm.LiveChat", Name = "Live chat",
    Description = "A widget websites embed with one script tag (allowed origins per tenant), the agent console at /admin/chat (queue, accept, transfer, canned answers, typing, close), transcripts on the customer's timeline, a chat turned into a ticket in one click, and a message left when no agent is online becoming a ticket.",
    Category = "Support", Dependencies = ["Crm.Helpdesk"])]
