using Bogus;
using Crm.Opportunities;

namespace Crm.SampleData.Services;

/// <summary>
/// When a sample opportunity was created and when it moved on, stage by stage, as a pipeline moves: won deals through
/// every open stage in 10 to 55 days, lost ones after one to four stages in 7 to 50 days, both closed some time in the
/// customer's life so far; open ones from a few days to some weeks old, the later their stage the older. Every time falls
/// after <paramref name="notBefore"/> (the customer's creation) and before <paramref name="now"/>, in order.
/// </summary>
public static class SampleDealJourney
{
    private static readonly string[] Open = ["Qualification", "NeedsAnalysis", "Proposal", "Negotiation"];

    public static IReadOnlyList<string> OpenStages => Open;

    public static IReadOnlyList<(string Stage, DateTimeOffset At)> Plan(Faker faker, string stage, DateTimeOffset notBefore, DateTimeOffset now)
    {
        // Whole days from a day after the customer's creation to now (the sample customers are at least two months old).
        var span = Math.Max(12, (int)(now - notBefore).TotalDays - 1);
        (int reached, int days) = stage switch
        {
            OpportunityModel.Won => (Open.Length, faker.Random.Int(10, Math.Min(55, span - 1))),
            OpportunityModel.Lost => (faker.Random.Int(1, Open.Length), faker.Random.Int(7, Math.Min(50, span - 1))),
            _ => (Array.IndexOf(Open, stage) + 1, 0),
        };
        DateTimeOffset end;
        if (days == 0)
        {
            days = Math.Min(span - 2, faker.Random.Int(3 + 5 * reached, 15 + 10 * reached));
            end = now.AddHours(-faker.Random.Int(2, 48));
        }
        else end = now.AddDays(-faker.Random.Int(0, span - days)).AddMinutes(-faker.Random.Int(30, 600));
        var created = end.AddDays(-days);
        var stages = Open.Take(reached).Concat(OpportunityModel.IsClosed(stage) ? new[] { stage } : []).ToList();
        // Moves fall at random points between creation and the last one, in order.
        var points = Enumerable.Range(0, stages.Count - 1).Select(_ => faker.Random.Double(0.05, 0.95)).Order().ToList();
        return stages.Select((s, i) => (s, i == 0 ? created : i == stages.Count - 1 ? end : created + (end - created) * points[i - 1])).ToList();
    }
}
