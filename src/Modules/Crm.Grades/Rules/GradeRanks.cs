using Crm.Grades;

namespace Crm.Grades.Rules;

/// <summary>
/// Whether a grade change is a rank-up or a downgrade: grades rank in the order the rules first give them (highest first);
/// grades no rule gives rank after those, in the order of the Customer's Grade options.
/// </summary>
public static class GradeRanks
{
    public static string DirectionOf(string? from, string? to, IReadOnlyList<string> ruleOrder, IReadOnlyList<string> options)
    {
        if (from is null) return GradeModel.First;
        return Rank(to, ruleOrder, options) < Rank(from, ruleOrder, options) ? GradeModel.Up : GradeModel.Down;
    }

    private static int Rank(string? grade, IReadOnlyList<string> ruleOrder, IReadOnlyList<string> options)
    {
        if (grade is null) return int.MaxValue;
        var byRule = IndexOf(ruleOrder, grade);
        if (byRule >= 0) return byRule;
        var byOption = IndexOf(options, grade);
        return ruleOrder.Count + (byOption >= 0 ? byOption : options.Count);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
