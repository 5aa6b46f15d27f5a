using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Store;

/// <summary>The item data after applying caller values, the fields whose stored value changed, and the problems found.</summary>
public sealed record ContentChange(JsonObject Data, IReadOnlyList<ContentFieldReference> ChangedFields, IReadOnlyList<ContentFieldError> Errors);
