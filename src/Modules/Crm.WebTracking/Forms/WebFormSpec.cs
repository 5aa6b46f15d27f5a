using Crm.Core.Content.Definitions;

namespace Crm.WebTracking.Forms;

/// <summary>A web-to-lead form as the visitor sees it: the Customer fields it asks for (labels in the visitor's language) and what happens on submit.</summary>
public sealed record WebFormSpec(string Id, string Title, string? ThankYou, string LeadStage, IReadOnlyList<ContentFieldReference> Fields);
