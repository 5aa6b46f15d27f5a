namespace Crm.HelpdeskMail.Satisfaction;

/// <param name="Month">yyyy-MM (UTC) of the answers.</param>
/// <param name="Agent">The agent who resolved the tickets, or null for tickets resolved without one.</param>
public sealed record CsatRow(string Month, string? AgentId, string? Agent, int Responses, double AverageScore, double PercentSatisfied);
