using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Queries;

/// <summary>The single-item content picker a condition goes through, and the type it points at.</summary>
internal sealed record FilterHop(ContentFieldReference Picker, IContentFieldKind Kind, ContentTypeDefinition TargetType);
