namespace Crm.Bench.Dashboard;

/// <summary>
/// A sales team's history, decided in memory before anything is written, the same for the same sizes (fixed seed):
/// customers created over three years, spread over the owners by weight, in a stage and grade; activities on them, each
/// customer's count by its stage (customers more than prospects, prospects more than targets): most done, the latest at
/// the customer's LastActivityAt (spread over the past year) and the others before it, ~10 % planned from two weeks ago
/// to four weeks ahead, ~2 % cancelled; and the forward stage moves of the customers whose moves were recorded.
/// </summary>
public sealed class SalesHistory
{
    public const byte NoGrade = 255;

    public static readonly string[] Grades = ["VIP", "A", "B", "C"];
    public static readonly string[] Kinds = ["Call", "Meeting", "Email", "Task", "Quote", "Post", "Fax"];

    private const int Seed = 20261123;
    private const double PlannedShare = 0.10;
    private const double CancelledShare = 0.02;
    private const double RecordedMoveShare = 0.6;
    private static readonly double[] StageWeights = [0.40, 0.35, 0.25];
    private static readonly double[] GradeWeights = [0.05, 0.20, 0.35, 0.30, 0.10];
    private static readonly double[] KindWeights = [0.35, 0.20, 0.20, 0.10, 0.10, 0.03, 0.02];
    private static readonly double[] ActivitiesPerStage = [1, 2, 3];

    private static readonly long Day = TimeSpan.TicksPerDay;
    private static readonly long History = 3 * 365 * Day;
    private static readonly long Year = 365 * Day;

    private readonly Random _random = new(Seed);

    /// <param name="ownerWeights">Each owner's share of the customers, relative to the others.</param>
    public SalesHistory(int customers, int activities, IReadOnlyList<double> ownerWeights, DateTimeOffset now)
    {
        Now = now.UtcTicks;
        Customers = MakeCustomers(customers, new WeightedPick(ownerWeights));
        Activities = MakeActivities(activities);
        Moves = MakeMoves();
    }

    /// <summary>"Now" of the history (UTC ticks): planned activities lie around it.</summary>
    public long Now { get; }

    /// <summary>In creation order.</summary>
    public CustomerPlan[] Customers { get; }

    /// <summary>In creation order.</summary>
    public ActivityPlan[] Activities { get; }

    /// <summary>In time order.</summary>
    public StageMovePlan[] Moves { get; }

    private CustomerPlan[] MakeCustomers(int count, WeightedPick owners)
    {
        var stages = new WeightedPick(StageWeights);
        var grades = new WeightedPick(GradeWeights);
        var customers = new CustomerPlan[count];
        for (var i = 0; i < count; i++)
        {
            var grade = grades.Next(_random);
            customers[i] = new CustomerPlan
            {
                Created = Now - History + (long)((i + _random.NextDouble()) * History / count),
                Stage = (byte)stages.Next(_random),
                Grade = grade == Grades.Length ? NoGrade : (byte)grade,
                Owner = (short)owners.Next(_random),
                Korean = _random.NextDouble() < 0.6,
                Organisation = _random.NextDouble() < 0.3,
            };
        }
        return customers;
    }

    private ActivityPlan[] MakeActivities(int count)
    {
        var customers = new WeightedPick(Customers.Select(c => ActivitiesPerStage[c.Stage]).ToList());
        var kinds = new WeightedPick(KindWeights);
        var activities = new ActivityPlan[count];
        for (var j = 0; j < count; j++)
        {
            var roll = _random.NextDouble();
            var state = roll < PlannedShare ? ActivityState.Planned : roll < PlannedShare + CancelledShare ? ActivityState.Cancelled : ActivityState.Done;
            var customer = customers.Next(_random);
            activities[j] = new ActivityPlan { Customer = customer, State = state, Kind = (byte)kinds.Next(_random) };
            // The latest done activity of a customer within the past year: its LastActivityAt.
            if (state == ActivityState.Done && Customers[customer].LastDone == 0)
            {
                Customers[customer].LastDone = Between(Math.Max(Customers[customer].Created, Now - Year), Now - Day / 144);
            }
        }

        var latestPlaced = new bool[Customers.Length];
        var created = new long[count];
        for (var j = 0; j < count; j++)
        {
            ref var a = ref activities[j];
            var c = Customers[a.Customer];
            switch (a.State)
            {
                case ActivityState.Done:
                    a.At = latestPlaced[a.Customer] ? Between(c.Created, c.LastDone) : c.LastDone;
                    latestPlaced[a.Customer] = true;
                    a.Created = a.At; // logged when it happened
                    break;
                case ActivityState.Planned:
                    a.At = Quarter(Now + Between(-14 * Day, 28 * Day));
                    a.Created = Math.Max(c.Created, Math.Min(a.At, Now) - Between(Day / 24, 14 * Day)); // planned a few days ahead
                    break;
                default:
                    a.At = Between(c.Created, Math.Max(c.Created, Now - Day));
                    a.Created = Math.Max(c.Created, a.At - Between(Day / 24, 7 * Day));
                    break;
            }
            created[j] = a.Created;
        }
        Array.Sort(created, activities);
        return activities;
    }

    private StageMovePlan[] MakeMoves()
    {
        var moves = new List<StageMovePlan>();
        for (var i = 0; i < Customers.Length; i++)
        {
            var c = Customers[i];
            if (c.Stage == 0 || _random.NextDouble() >= RecordedMoveShare) continue;
            var toProspect = Between(c.Created, Now);
            moves.Add(new StageMovePlan(i, 0, 1, toProspect));
            if (c.Stage == 2) moves.Add(new StageMovePlan(i, 1, 2, Between(toProspect, Now)));
        }
        return moves.OrderBy(m => m.At).ToArray();
    }

    private long Between(long from, long to) => from >= to ? from : from + (long)(_random.NextDouble() * (to - from));

    private static long Quarter(long ticks) => ticks - ticks % (15 * TimeSpan.TicksPerMinute);
}
