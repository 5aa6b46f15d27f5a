namespace Crm.Customers.Services;

public static class StageDirection
{
    public const string Forward = "Forward";
    public const string Backward = "Backward";

    /// <summary>Backward when the new stage comes before the old one in Target → Prospect → Customer (a win-back case); otherwise forward.</summary>
    public static string Of(string? from, string to)
    {
        var before = from is null ? -1 : IndexOf(from);
        return IndexOf(to) < before ? Backward : Forward;
    }

    private static int IndexOf(string stage)
    {
        for (var i = 0; i < CustomerModel.Stages.Count; i++) if (CustomerModel.Stages[i] == stage) return i;
        return -1;
    }
}
