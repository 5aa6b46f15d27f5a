namespace Crm.Bench.Dashboard;

/// <summary>One activity of <see cref="SalesHistory"/>: <see cref="At"/> is its DoneAt when done, else its DueAt (UTC ticks).</summary>
public struct ActivityPlan
{
    public int Customer;
    public ActivityState State;
    public byte Kind;
    public long At;
    public long Created;
}
