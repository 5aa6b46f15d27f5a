namespace Crm.Workflows.Runtime;

public enum InstanceStatus
{
    /// <summary>Started by a trigger; the scheduler runs it next.</summary>
    Pending,

    /// <summary>Waiting on bookmarks (a timer, an event, a side effect).</summary>
    Waiting,

    Finished,

    /// <summary>An activity failed with no retries left and no Failed outcome: an incident to look at and retry.</summary>
    Faulted,

    Cancelled,
}
