using Crm.Contents.Services.Import;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Import;

/// <summary>The upload form; <see cref="Error"/> says why the last file was refused.</summary>
public sealed record ImportUploadPage(ContentTypeDefinition Type, ImportMode Mode, DuplicateHandling Duplicates, string? Error = null);
