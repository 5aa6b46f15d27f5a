namespace Crm.Bench.Dashboard;

/// <summary>
/// The sales team: reps rep01…repNN (role SalesRep) and one manager (role Manager) who also keeps a book of customers.
/// The reps' books differ in size (weights 0.5 to 1.5 in rep order), so the last rep has the largest: the one measured.
/// </summary>
public sealed class DashboardStaff(int reps)
{
    public const string Manager = "manager";

    public string BusiestRep => Rep(reps);

    /// <summary>Reps first, then the manager.</summary>
    public IReadOnlyList<(string Name, string Role)> Members =>
        [.. Enumerable.Range(1, reps).Select(i => (Rep(i), "SalesRep")), (Manager, "Manager")];

    /// <summary>Each member's share of the customers, relative to the others (same order as <see cref="Members"/>).</summary>
    public IReadOnlyList<double> Weights =>
        [.. Enumerable.Range(0, reps).Select(i => reps == 1 ? 1.0 : 0.5 + (double)i / (reps - 1)), 1.0];

    private static string Rep(int number) => $"rep{number:D2}";
}
