using Crm.Core.Content.Store;

namespace Crm.Customers.Models;

/// <param name="Error">Why the last attempt was refused, already in the user's language.</param>
public sealed record StageMovePage(ContentItem Customer, string? CurrentStage, string TargetStage, bool Backward, string? Reason, string? Error);
