using Crm.Core.Content.Store;

namespace Crm.Campaigns.Models;

public sealed record KeywordImportPage(ContentItem Campaign, KeywordImportResult Result);
