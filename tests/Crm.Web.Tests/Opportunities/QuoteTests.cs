using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Opportunities;

/// <summary>Quotes are numbered per tenant and year, copy their opportunity's lines, add VAT, and print.</summary>
public sealed class QuoteTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Quotes_are_numbered_in_sequence_and_start_again_each_year(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var quote = $$"""{ "Customer": "{{acme.Id}}" }""";

        var first = await crm.CreateAsync("Quote", quote);
        var second = await crm.CreateAsync("Quote", quote);
        await crm.UpdateAsync(first, """{ "Status": "Sent" }""");
        crm.Clock.Advance(TimeSpan.FromDays(39)); // 2027-01-01 09:00 in Seoul
        var nextYear = await crm.CreateAsync("Quote", quote);

        Assert.Equal(["Q-2026-000001", "Q-2026-000002", "Q-2027-000001"], new[] { first, second, nextYear }.Select(q => q.Text("Number")));
        Assert.Equal("Q-2026-000001", (await crm.GetAsync(first.Id)).DisplayText);
        Assert.Equal("Q-2026-000001", (await crm.GetAsync(first.Id)).Text("Number")); // an edit keeps the number
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_quote_made_from_an_opportunity_copies_its_lines_adds_vat_and_prints_in_english_and_korean(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Kim Minjun", "Company": "Acme Korea", "BusinessNumber": "123-45-67890", "Address": "Seoul, Gangnam-gu" }""");
        var seats = await crm.CreateAsync("Product", """{ "Name": "CRM seat (yearly)", "UnitPrice": 150000 }""");
        var deal = await crm.CreateAsync("Opportunity", $$"""{ "Name": "Acme rollout", "Customer": "{{acme.Id}}", "Stage": "Proposal" }""");
        await crm.CreateAsync("OpportunityLine", $$"""{ "Opportunity": "{{deal.Id}}", "Product": "{{seats.Id}}", "Quantity": 3, "DiscountPercent": 10 }""");
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        await crm.CreateAsync("OpportunityLine", $$"""{ "Opportunity": "{{deal.Id}}", "Description": "Setup", "Quantity": 1, "UnitPrice": 33333, "DiscountPercent": 5 }""");
        var admin = await crm.AdminAsync();

        var detail = await admin.GetStringAsync($"/contents/Opportunity/{deal.Id}");
        Assert.Contains("Create quote", detail);
        Assert.Contains("Opportunity line (Opportunity)", detail); // related lists: its lines, and the activities logged on it
        Assert.Contains("Activity (Opportunity)", detail);
        var made = await admin.PostAsync("/admin/quotes/from-opportunity", CrmRecipeHost.Form(detail, ("itemIds", deal.Id)));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);

        var quote = Assert.Single(await crm.ItemsAsync("Quote"));
        Assert.Equal(("Q-2026-000001", "Draft", "2026-12-23", deal.Id), (quote.Text("Number"), quote.Text("Status"), quote.Text("ValidUntil"), quote.Text("Opportunity")));
        Assert.Equal(("""{"Amount":436666,"Currency":"KRW"}""", """{"Amount":43666,"Currency":"KRW"}""", """{"Amount":480332,"Currency":"KRW"}"""),
            (quote.Text("Subtotal"), quote.Text("Vat"), quote.Text("Total"))); // VAT 43,666.6 cut to the won
        var copies = await crm.ItemsAsync("QuoteLine", $"Quote:eq:{quote.Id}");
        Assert.Equal([("CRM seat (yearly)", "1"), ("Setup", "2")], copies.Select(l => (l.Text("Description")!, l.Text("LineNo")!)).Order()); // in the opportunity's order

        var quotePage = await admin.GetStringAsync($"/contents/Quote/{quote.Id}");
        var print = await admin.PostAsync("/admin/quotes/print", CrmRecipeHost.Form(quotePage, ("itemIds", quote.Id)));
        Assert.Equal($"/admin/quotes/{quote.Id}/print", print.Headers.Location?.ToString());
        var english = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/quotes/{quote.Id}/print?culture=en-US"));
        Assert.Contains(">Quotation</h1>", english);
        Assert.Contains("Quote no. Q-2026-000001", english);
        Assert.Contains("CrmPlatform", english); // the issuer: the site name until the QuoteIssuer setting is set
        Assert.Contains("Acme Korea", english);
        Assert.Contains("123-45-67890", english);
        Assert.Equal(["CRM seat (yearly)", "Setup"], Regex.Matches(english, "<tr class=\"quote-line\">\\s*<td>([^<]*)</td>").Select(m => m.Groups[1].Value));
        Assert.Contains("405,000 KRW", english);
        Assert.Matches("id=\"quote-subtotal\">436,666 KRW<", english);
        Assert.Matches("id=\"quote-vat\">43,666 KRW<", english);
        Assert.Matches("id=\"quote-total\">480,332 KRW<", english);

        var korean = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/quotes/{quote.Id}/print?culture=ko-KR"));
        Assert.Contains(">견적서</h1>", korean);
        Assert.Contains("부가세 (10%)", korean);
        Assert.Contains("공급가액", korean);
        Assert.Matches("id=\"quote-total\">480,332 KRW<", korean);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_printed_quote_names_the_issuer_from_the_tenant_setting(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var quote = await crm.CreateAsync("Quote", $$"""{ "Customer": "{{acme.Id}}" }""");
        await crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SiteSettings>().SetAsync("QuoteIssuer", JsonNode.Parse("""{ "Name": "씨알엠플랫폼 주식회사", "BusinessNumber": "220-81-12345", "Representative": "홍길동" }"""));
            return 0;
        });

        var page = WebUtility.HtmlDecode(await (await crm.AdminAsync()).GetStringAsync($"/admin/quotes/{quote.Id}/print"));

        Assert.Contains("씨알엠플랫폼 주식회사", page);
        Assert.Contains("220-81-12345", page);
        Assert.Contains("홍길동", page);
        Assert.Contains("This quote has no lines yet.", page);
    }
}
