namespace Crm.LiveChat.Endpoints;

/// <summary>The widget's "start a chat" and "leave a message" bodies (JSON).</summary>
public sealed record VisitorRequest(string? VisitorId, string? Name, string? Email, string? Message);
