namespace Crm.Bench.Dashboard;

/// <summary>The Activity type's Status values.</summary>
public enum ActivityState : byte
{
    Done,
    Planned,
    Cancelled,
}
