using System.Text.Json.Nodes;
using Bogus;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Customers;
using Crm.SalesActivities;

namespace Crm.SampleData.Services;

/// <summary>
/// Makes the sample CRM: accounts with contact people, customers in every stage and grade (three in five Korean, the rest
/// English) owned by the sample reps and created two to three months ago (<see cref="BackdatingClock"/>), and their activities — most done in the last 60 days, the rest planned around today —
/// and, with their modules enabled, products and opportunities (<see cref="SampleOpportunities"/>), tickets and calls (<see cref="SampleTickets"/>)
/// and campaigns with costs and sourced customers (<see cref="SampleCampaigns"/>).
/// The same seed gives the same data. Everything goes through the content engine, so last activities, next-contact dates
/// and stage history are kept as for real data.
/// </summary>
public sealed class SampleDataGenerator(FeatureManager features, ContentManager content, ContentImporter importer, SampleOpportunities opportunities, SampleTickets tickets,
    SampleCampaigns campaigns, SampleDataMode sampleMode, TimeProvider clock)
{
    public const string Tag = "sample";

    private Faker _addresses = new("en");

    public async Task GenerateAsync(SampleDataRequest request, IReadOnlyList<string> reps, CancellationToken cancellationToken)
    {
        using var sample = sampleMode.Begin();
        var korean = new Faker("ko") { Random = new Randomizer(request.Seed) };
        var english = new Faker("en") { Random = new Randomizer(request.Seed + 1) };
        _addresses = new Faker("en") { Random = new Randomizer(request.Seed + 2) };
        await AccountsAsync(korean, request.Accounts, cancellationToken);
        var customers = new List<(ContentItem Item, bool Korean)>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < request.Customers; i++)
        {
            var isKorean = korean.Random.Double() < 0.6;
            var owner = korean.PickRandom<string>(reps);
            // In the CRM for two to three months: before their opportunities and the last 60 days' activities.
            using var past = BackdatingClock.SetBack(clock, now.AddDays(-korean.Random.Int(60, 89)).AddMinutes(-korean.Random.Int(0, 600)));
            var item = await content.CreateAsync(CustomerModel.Customer, Customer(isKorean ? korean : english, isKorean), owner, cancellationToken: cancellationToken);
            customers.Add((item, isKorean));
        }
        var activities = await features.IsEnabledAsync(ActivityModel.FeatureId, cancellationToken) ? request.Activities : 0;
        foreach (var group in Activities(korean, customers, activities).GroupBy(a => a.Owner))
        {
            var result = await importer.ImportAsync(ActivityModel.Activity, group.Select(a => a.Values), new ImportOptions { Owner = group.Key }, cancellationToken);
            if (!result.Succeeded) throw new InvalidOperationException($"Sample activities: {string.Join("; ", result.Errors.Take(3))}");
        }
        await opportunities.GenerateAsync(korean, customers, request.Opportunities, cancellationToken);
        await tickets.GenerateAsync(korean, customers, request.Tickets, request.Calls, cancellationToken);
        await campaigns.GenerateAsync(korean, customers, cancellationToken);
    }

    private async Task AccountsAsync(Faker faker, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var account = await content.CreateAsync("Account", new JsonObject
            {
                ["Name"] = CompanyName(faker, korean: true),
                ["Kind"] = faker.PickRandom(SampleText.AccountKinds),
                ["BusinessNumber"] = faker.Random.ReplaceNumbers("###-##-#####"),
                ["Phone"] = faker.Random.ReplaceNumbers("02-###-####"),
                ["Website"] = $"https://www.{faker.Internet.DomainWord()}.co.kr",
            }, cancellationToken: cancellationToken);
            for (var c = faker.Random.Int(1, 2); c > 0; c--)
            {
                await content.CreateAsync("Contact", new JsonObject
                {
                    ["Name"] = faker.Name.LastName() + faker.Name.FirstName(),
                    ["Account"] = account.Id,
                    ["JobTitle"] = faker.PickRandom("대리", "과장", "차장", "부장", "팀장"),
                    ["Email"] = Email(),
                }, cancellationToken: cancellationToken);
            }
        }
    }

    private JsonObject Customer(Faker faker, bool korean)
    {
        var organisation = faker.Random.Double() < 0.3;
        var name = organisation ? CompanyName(faker, korean) : korean ? faker.Name.LastName() + faker.Name.FirstName() : faker.Name.FullName();
        var stage = faker.Random.WeightedRandom(["Target", "Prospect", "Customer"], [0.4f, 0.35f, 0.25f]);
        var grade = faker.Random.WeightedRandom<string?>(["VIP", "A", "B", "C", null], [0.05f, 0.2f, 0.35f, 0.3f, 0.1f]);
        return new JsonObject
        {
            ["Name"] = name,
            ["Kind"] = organisation ? "Organisation" : "Person",
            ["Stage"] = stage,
            ["Grade"] = grade,
            ["Source"] = faker.PickRandom(SampleText.Sources),
            ["InterestLevel"] = faker.PickRandom(SampleText.Levels),
            ["LoyaltyLevel"] = stage == "Customer" ? faker.PickRandom("Medium", "High") : "Low",
            ["Email"] = Email(),
            ["Mobile"] = faker.Random.ReplaceNumbers("010-####-####"),
            ["Company"] = organisation ? null : CompanyName(faker, korean),
            ["BusinessNumber"] = organisation ? faker.Random.ReplaceNumbers("###-##-#####") : null,
            ["Birthday"] = organisation ? null : faker.Date.Between(new DateTime(1960, 1, 1), new DateTime(2000, 12, 31)).ToString("yyyy-MM-dd"),
            ["Tags"] = new JsonArray(Tag),
        };
    }

    /// <summary>A company name as companies are named here (Bogus's Korean ones read like lists of surnames).</summary>
    private static string CompanyName(Faker faker, bool korean) => korean
        ? (faker.Random.Bool(0.4f) ? "(주)" : "") + faker.PickRandom(SampleText.CompanyWords) + faker.PickRandom(SampleText.CompanySuffixes)
        : faker.Company.CompanyName();

    /// <summary>An address any mail system accepts (Korean names make no ASCII user names).</summary>
    /// <summary>Domains reserved for examples (RFC 2606): mail that workflows or surveys send to sample customers reaches nobody.</summary>
    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org"];

    private string Email()
    {
        var user = new string(_addresses.Internet.UserName().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_').ToArray()).Trim('.', '_');
        return $"{(user.Length == 0 ? "customer" : user)}{_addresses.Random.Int(1, 99)}@{_addresses.PickRandom(ReservedDomains)}";
    }

    private IEnumerable<(string? Owner, JsonObject Values)> Activities(Faker faker, IReadOnlyList<(ContentItem Item, bool Korean)> customers, int count)
    {
        var now = clock.GetUtcNow();
        for (var i = 0; i < count && customers.Count > 0; i++)
        {
            var (customer, korean) = customers[faker.Random.Int(0, customers.Count - 1)];
            var kind = faker.Random.WeightedRandom(["Call", "Meeting", "Email", "Task", "Quote", "Post", "Fax"], [0.35f, 0.2f, 0.2f, 0.1f, 0.1f, 0.03f, 0.02f]);
            var done = faker.Random.Double() < 0.7;
            var subject = string.Format(faker.PickRandom((korean ? SampleText.Subjects : SampleText.EnglishSubjects)[kind]), customer.DisplayText);
            var values = new JsonObject
            {
                ["Subject"] = subject,
                ["Kind"] = kind,
                ["Status"] = done ? "Done" : "Planned",
                ["Customer"] = customer.Id,
            };
            if (done)
            {
                values["DoneAt"] = DateTimeFieldKind.Canonical(now.AddMinutes(-faker.Random.Int(30, 60 * 24 * 60)));
                values["Outcome"] = faker.PickRandom(korean ? SampleText.Outcomes : SampleText.EnglishOutcomes);
            }
            else
            {
                // Planned work around today: a few overdue, some today, most in the next ten days.
                values["DueAt"] = DateTimeFieldKind.Canonical(now.AddHours(faker.Random.Int(-5 * 24, 10 * 24)).AddMinutes(-now.Minute));
            }
            yield return (customer.Owner, values);
        }
    }
}
