using Crm.Core.Modules;

[assembly: Module("Crm.KnowledgeBase", Name = "Knowledge base", Description = "Articles that answer repeated questions, searched in full text, with public pages per tenant.", Category = "Helpdesk")]
[assembly: Feature("Crm.KnowledgeBase", Name = "Knowledge base",
    Description = "Article and ArticleCategory types (Markdown, tags, internal or public, published); full-text search (SQLite FTS5, PostgreSQL tsvector) with ranked, highlighted results for staff and visitors; public read-only pages at /kb with \"Was this helpful?\" votes; searchArticles in GraphQL.",
    Category = "Helpdesk", Dependencies = ["Crm.Contents"])]
