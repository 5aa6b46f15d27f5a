using System.Text.Json.Nodes;

namespace Crm.Workflows.Runtime;

/// <summary>A place an instance waits. <see cref="Kind"/>: Start (run a new instance), Timer, Event, Retry (run the activity again).</summary>
public sealed class Bookmark
{
    public const string Start = "Start";
    public const string Timer = "Timer";
    public const string Event = "Event";
    public const string Retry = "Retry";

    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? EventName { get; set; }
    public string? Correlation { get; set; }
    public string? DueUtc { get; set; }
    public string? Payload { get; set; }

    public JsonNode? PayloadJson => Payload is null ? null : JsonNode.Parse(Payload);
}
