using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Bulk;

/// <summary>What a bulk action did: how many items changed and, per item left alone, why.</summary>
public sealed record BulkResult(ContentTypeDefinition Type, string ActionLabel, int Changed, IReadOnlyList<BulkFailure> Failures, IReadOnlyList<string> Errors);
