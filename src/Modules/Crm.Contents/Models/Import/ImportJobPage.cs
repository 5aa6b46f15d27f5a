using Crm.Contents.Services.Import;
using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Import;

/// <summary>An import's progress and, once done, its report.</summary>
public sealed record ImportJobPage(ContentTypeDefinition Type, ImportJob Job);
