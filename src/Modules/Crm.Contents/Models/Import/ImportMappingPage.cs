using Crm.Contents.Services.Import;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Import;

/// <summary>The mapping step: one select per column of the uploaded file.</summary>
public sealed record ImportMappingPage(ContentTypeDefinition Type, string Token, string FileName, int Rows, ImportMode Mode, DuplicateHandling Duplicates,
    IReadOnlyList<ImportMappingColumn> Columns, IReadOnlyList<ImportFieldOption> Fields, string? Error = null);
