using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;

namespace Crm.Web.Tests.Content;

public sealed class ContentQueryTests
{
    private static async Task<ContentTestHost> WithCustomersAsync(DatabaseProvider provider)
    {
        var content = await ContentTestHost.StartAsync(provider);
        await content.CreateAsync("Customer", """
            { "Name": "Acme Trading", "Email": "buyer@acme.example", "Stage": "Prospect", "Grade": "A", "Employees": 120,
              "LastActivityAt": "2026-11-20T09:00:00Z", "Tags": ["VIP", "seoul"] }
            """);
        await content.CreateAsync("Customer", """{ "Name": "Beta 100% Corp", "Stage": "Target", "Grade": "B", "Employees": 15, "Tags": ["busan"] }""");
        await content.CreateAsync("Customer", """{ "Name": "Gamma_Co", "Email": "info@gamma.example", "Stage": "Customer", "Grade": "A", "Employees": 3000 }""");
        return content;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_operator_finds_the_matching_customers(DatabaseProvider provider)
    {
        await using var content = await WithCustomersAsync(provider);
        async Task Expect(string filter, params string[] names) =>
            Assert.Equal(names.Order(), (await content.NamesAsync("Customer", filter)).Order());

        await Expect("Stage:eq:Prospect", "Acme Trading");
        await Expect("Stage:ne:Prospect", "Beta 100% Corp", "Gamma_Co");
        await Expect("Grade:in:A|C", "Acme Trading", "Gamma_Co");
        await Expect("Employees:gt:120", "Gamma_Co");
        await Expect("Employees:gte:120", "Acme Trading", "Gamma_Co");
        await Expect("Employees:lt:120", "Beta 100% Corp");
        await Expect("Employees:lte:120", "Acme Trading", "Beta 100% Corp");
        await Expect("Employees:in:15|3000", "Beta 100% Corp", "Gamma_Co");
        await Expect("Name:contains:A_", "Gamma_Co"); // _ is a literal, not LIKE's any-character
        await Expect("Name:contains:100%", "Beta 100% Corp");
        await Expect("Name:startsWith:acme", "Acme Trading");
        await Expect("Tags:contains:VIP", "Acme Trading");
        await Expect("Email:isNull", "Beta 100% Corp");
        await Expect("Email:isNull:false", "Acme Trading", "Gamma_Co");
        await Expect("LastActivityAt:gte:2026-11-20T18:00:00+09:00", "Acme Trading");
        await Expect("LastActivityAt:lt:2026-11-20T18:00:00+09:00");
        await Expect("DisplayText:eq:Gamma_Co", "Gamma_Co");
        await Expect("Customer.Grade:eq:a,Employees:gt:1000", "Gamma_Co"); // Part.Field, and a value in the option's canonical case
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task And_or_not_combine_and_not_includes_empty_fields(DatabaseProvider provider)
    {
        await using var content = await WithCustomersAsync(provider);

        Assert.Equal(["Acme Trading", "Gamma_Co"], (await content.NamesAsync("Customer", "or(Stage:eq:Prospect,Employees:gt:1000)")).Order());
        Assert.Equal(["Beta 100% Corp", "Gamma_Co"], (await content.NamesAsync("Customer", "not(Email:contains:acme)")).Order());
        Assert.Equal(["Gamma_Co"], await content.NamesAsync("Customer", "Grade:eq:A,not(or(Stage:eq:Prospect,Tags:contains:busan))"));

        var json = FilterJson.Parse("""
            { "or": [ { "and": [ { "field": "Grade", "op": "eq", "value": "A" }, { "field": "Employees", "op": "lt", "value": 1000 } ] },
                      { "Stage": "Target", "Tags": { "contains": "busan" } } ] }
            """);
        var result = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", Filter = json });
        Assert.Equal(["Acme Trading", "Beta 100% Corp"], result.Items.Select(i => i.DisplayText).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filter_goes_through_one_relation(DatabaseProvider provider)
    {
        await using var content = await WithCustomersAsync(provider);
        var customers = await content.QueryAsync(new ContentQueryRequest { ContentType = "Customer", First = 10 });
        var acme = customers.Items.Single(i => i.DisplayText == "Acme Trading");
        var beta = customers.Items.Single(i => i.DisplayText == "Beta 100% Corp");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Call Acme", "Customer": "{{acme.Id}}" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Visit Acme", "Customer": "{{acme.Id}}" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Mail Beta", "Customer": "{{beta.Id}}" }""");

        async Task<IEnumerable<string>> Subjects(string filter)
        {
            var page = await content.QueryAsync(new ContentQueryRequest { ContentType = "Activity", Filter = FilterText.Parse(filter) });
            return page.Items.Select(i => i.Value("Activity", "Subject")!.GetValue<string>()).Order();
        }

        Assert.Equal(["Call Acme", "Visit Acme"], await Subjects("Customer.Stage:eq:Prospect"));
        Assert.Equal(["Mail Beta"], await Subjects("not(Customer.Stage:eq:Prospect)"));
        Assert.Equal(["Mail Beta"], await Subjects("Customer.Tags:contains:busan"));
        Assert.Equal(["Call Acme", "Visit Acme"], await Subjects("Activity.Customer.DisplayText:startsWith:Acme"));
        Assert.Equal(["Visit Acme"], await Subjects("Customer.Employees:gte:100,Subject:startsWith:visit"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Relative_dates_follow_the_clock_and_today_is_the_tenants_day(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-22T03:00:00Z"));
        await using var content = await ContentTestHost.StartAsync(provider, clock);
        await content.RunAsync(async s => { await s.GetRequiredService<SiteSettings>().SetAsync("TimeZone", JsonValue.Create("Asia/Seoul")); return 0; });
        var customer = await content.CreateAsync("Customer", """{ "Name": "Old" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Seoul today", "Customer": "{{customer.Id}}", "DueAt": "2026-11-21T16:00:00Z" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Seoul tomorrow", "Customer": "{{customer.Id}}", "DueAt": "2026-11-22T15:30:00Z" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Two days ago", "Customer": "{{customer.Id}}", "DueAt": "2026-11-20T10:00:00Z" }""");
        // 12:00 in Seoul: "today" there began at 2026-11-21T15:00Z, while UTC's began nine hours later.
        Assert.Equal(["Seoul today"], await content.NamesAsync("Activity", "DueAt:gte:today,DueAt:lt:today+1d"));

        clock.Advance(TimeSpan.FromDays(40));
        await content.CreateAsync("Customer", """{ "Name": "New" }""");
        Assert.Equal(["Seoul today"], await content.NamesAsync("Activity", "DueAt:gte:today-40d,DueAt:lt:today-39d"));
        Assert.Equal(["Seoul tomorrow"], await content.NamesAsync("Activity", "DueAt:gt:now-40d"));
        Assert.Equal(["New"], await content.NamesAsync("Customer", "CreatedUtc:gte:now-30d"));
        Assert.Equal(["Old"], await content.NamesAsync("Customer", "CreatedUtc:lt:now-39d"));
    }
}
