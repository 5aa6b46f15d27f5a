namespace Crm.Bench.Dashboard;

/// <summary>One customer of <see cref="SalesHistory"/>: times in UTC ticks; stage and grade as indexes into its lists.</summary>
public struct CustomerPlan
{
    public long Created;

    /// <summary>Its latest done activity (its LastActivityAt); 0 when it has none.</summary>
    public long LastDone;

    public byte Stage;

    /// <summary>An index into <see cref="SalesHistory.Grades"/>; <see cref="SalesHistory.NoGrade"/> for none.</summary>
    public byte Grade;

    public short Owner;
    public bool Korean;
    public bool Organisation;
}
