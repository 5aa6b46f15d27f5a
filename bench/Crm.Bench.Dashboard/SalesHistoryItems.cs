using System.Text.Json.Nodes;
using Bogus;
using Crm.Bench.Common;
using Crm.Core.Content.Fields;
using Crm.Customers;
using Crm.SalesActivities;
using Crm.SampleData.Services;

namespace Crm.Bench.Dashboard;

/// <summary>
/// The items of a <see cref="SalesHistory"/> as the crm recipe's types (Customer, Activity, StageChange) take them, in
/// the order they were created: customers, activities and stage moves interleaved, as they accumulate in a live tenant's
/// table. Words come from the sample data (three customers in five Korean; activities in their customer's language).
/// </summary>
public sealed class SalesHistoryItems(SalesHistory history, IReadOnlyList<string> ownerIds)
{
    private static readonly string[] Domains = ["naver.com", "gmail.com", "daum.net", "kakao.com", "example.com"];
    private static readonly string[] EnglishCompanyWords = ["Northwind", "Bluebird", "Summit", "Harbor", "Evergreen", "Pioneer", "Silverline", "Keystone"];
    private static readonly string[] EnglishCompanySuffixes = ["Inc.", "Ltd.", "Group", "Partners", "Systems", "Trading"];

    private readonly string[] _names = Names(history.Customers);

    public IEnumerable<BenchItem> InCreationOrder()
    {
        var (customers, activities, moves) = (history.Customers, history.Activities, history.Moves);
        int c = 0, a = 0, m = 0;
        while (c < customers.Length || a < activities.Length || m < moves.Length)
        {
            var nextCustomer = c < customers.Length ? customers[c].Created : long.MaxValue;
            var nextActivity = a < activities.Length ? activities[a].Created : long.MaxValue;
            var nextMove = m < moves.Length ? moves[m].At : long.MaxValue;
            if (nextCustomer <= nextActivity && nextCustomer <= nextMove) yield return Customer(c++);
            else if (nextActivity <= nextMove) yield return Activity(a++);
            else yield return Move(m++);
        }
    }

    public string CustomerId(int index) => SeedIds.For(history.Customers[index].Created, (ulong)index);

    private BenchItem Customer(int index)
    {
        var c = history.Customers[index];
        var bits = SeedIds.Mix((ulong)index ^ 0xC0FFEE);
        var stage = CustomerModel.Stages[c.Stage];
        var values = new JsonObject
        {
            ["Name"] = _names[index],
            ["Kind"] = c.Organisation ? "Organisation" : "Person",
            ["Stage"] = stage,
            ["Grade"] = c.Grade == SalesHistory.NoGrade ? null : SalesHistory.Grades[c.Grade],
            ["Source"] = SampleText.Sources[bits % (ulong)SampleText.Sources.Length],
            ["InterestLevel"] = SampleText.Levels[(bits >> 8) % 3],
            ["LoyaltyLevel"] = stage == "Customer" ? SampleText.Levels[1 + (bits >> 12) % 2] : "Low",
            ["Email"] = $"c{index}@{Domains[(bits >> 16) % (ulong)Domains.Length]}",
            ["Mobile"] = $"010-{1000 + (bits >> 20) % 9000}-{1000 + (bits >> 36) % 9000}",
            ["Company"] = c.Organisation ? null : Company(c.Korean, bits >> 44),
            ["LastActivityAt"] = c.LastDone == 0 ? null : Time(c.LastDone),
        };
        return new BenchItem(CustomerModel.Customer, CustomerId(index), Owner(c.Owner), At(c.Created), At(Math.Max(c.Created, c.LastDone)), values);
    }

    private BenchItem Activity(int index)
    {
        var a = history.Activities[index];
        var customer = history.Customers[a.Customer];
        var bits = SeedIds.Mix((ulong)index ^ 0xAC7);
        var kind = SalesHistory.Kinds[a.Kind];
        var subjects = (customer.Korean ? SampleText.Subjects : SampleText.EnglishSubjects)[kind];
        var values = new JsonObject
        {
            ["Subject"] = string.Format(subjects[bits % (ulong)subjects.Length], _names[a.Customer]),
            ["Kind"] = kind,
            ["Status"] = a.State.ToString(),
            ["Customer"] = CustomerId(a.Customer),
        };
        if (a.State == ActivityState.Done)
        {
            values[ActivityModel.DoneAt] = Time(a.At);
            var outcomes = customer.Korean ? SampleText.Outcomes : SampleText.EnglishOutcomes;
            values[ActivityModel.Outcome] = outcomes[(bits >> 8) % (ulong)outcomes.Length];
        }
        else
        {
            values[ActivityModel.DueAt] = Time(a.At);
        }
        var modified = a.State == ActivityState.Planned ? a.Created : a.At;
        return new BenchItem(ActivityModel.Activity, SeedIds.For(a.Created, (1UL << 40) + (ulong)index), Owner(customer.Owner), At(a.Created), At(modified), values);
    }

    private BenchItem Move(int index)
    {
        var m = history.Moves[index];
        var customer = history.Customers[m.Customer];
        var values = new JsonObject
        {
            ["Customer"] = CustomerId(m.Customer),
            ["FromStage"] = CustomerModel.Stages[m.From],
            ["ToStage"] = CustomerModel.Stages[m.To],
            ["Direction"] = "Forward",
            ["Reason"] = (m.To, customer.Korean) switch
            {
                (1, true) => "견적 요청",
                (1, false) => "Asked for a quote",
                (_, true) => "첫 주문",
                _ => "First order",
            },
        };
        return new BenchItem(CustomerModel.StageChange, SeedIds.For(m.At, (2UL << 40) + (ulong)index), Owner(customer.Owner), At(m.At), At(m.At), values);
    }

    private string Owner(short index) => ownerIds[index];

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);

    private static string Time(long ticks) => DateTimeFieldKind.Canonical(At(ticks));

    private static string Company(bool korean, ulong bits) => korean
        ? ((bits & 1) == 0 ? "(주)" : "") + SampleText.CompanyWords[(bits >> 1) % (ulong)SampleText.CompanyWords.Length]
          + SampleText.CompanySuffixes[(bits >> 5) % (ulong)SampleText.CompanySuffixes.Length]
        : $"{EnglishCompanyWords[bits % (ulong)EnglishCompanyWords.Length]} {EnglishCompanySuffixes[(bits >> 4) % (ulong)EnglishCompanySuffixes.Length]}";

    /// <summary>Person names from Bogus (Korean or English), organisation names as the sample data makes them.</summary>
    private static string[] Names(CustomerPlan[] customers)
    {
        var korean = new Faker("ko") { Random = new Randomizer(2026) };
        var english = new Faker("en") { Random = new Randomizer(2027) };
        var names = new string[customers.Length];
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            names[i] = c.Organisation
                ? Company(c.Korean, SeedIds.Mix((ulong)i ^ 0x0E6))
                : c.Korean ? korean.Name.LastName() + korean.Name.FirstName() : english.Name.FullName();
        }
        return names;
    }
}
