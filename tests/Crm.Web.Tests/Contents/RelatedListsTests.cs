using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed partial class RelatedListsTests
{
    [GeneratedRegex("/contents/(?:Customer|Activity)/([0-9A-Z]{26})")]
    private static partial Regex ItemUrl();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword)
    {
        var browser = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static string IdOf(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return ItemUrl().Match(created.Headers.Location!.ToString()).Groups[1].Value;
    }

    private static async Task<string> CustomerAsync(HttpClient browser, string name) =>
        IdOf(await browser.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new", new() { ["Customer.Name"] = name, ["Customer.Stage"] = "Target" }));

    private static async Task<string> ActivityAsync(HttpClient browser, string subject, string customer, string? participant = null)
    {
        var fields = new Dictionary<string, string> { ["Activity.Subject"] = subject, ["Activity.Customer"] = customer };
        if (participant is not null) fields["Activity.Participants"] = participant;
        return IdOf(await browser.SubmitFormAsync("/contents/Activity/new", "/contents/Activity/new", fields));
    }

    /// <summary>The card of one relation, from its heading to the end of its section.</summary>
    private static string Card(string page, string title)
    {
        var match = Regex.Match(page, $@"<section class=""card[^""]*"" data-related-list=""[^""]*"">\s*<div class=""card-header[^>]*>\s*<h2[^>]*>{Regex.Escape(title)} .*?</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no related list '{title}'");
        return match.Value;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_customers_detail_page_lists_its_activities_by_each_relation_and_not_another_customers(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var acme = await CustomerAsync(admin, "Acme");
        var globex = await CustomerAsync(admin, "Globex");
        var call = await ActivityAsync(admin, "Call Acme", acme);
        var visit = await ActivityAsync(admin, "Visit Acme", acme, participant: globex);
        var other = await ActivityAsync(admin, "Call Globex", globex);

        var acmePage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{acme}"));
        var byCustomer = Card(acmePage, "Activity (Customer)");
        Assert.Contains($"/contents/Activity/{call}", byCustomer);
        Assert.Contains($"/contents/Activity/{visit}", byCustomer);
        Assert.DoesNotContain($"/contents/Activity/{other}", byCustomer);
        Assert.Matches(@"data-related-count>2<", byCustomer);
        // Newest first.
        Assert.True(byCustomer.IndexOf(visit, StringComparison.Ordinal) < byCustomer.IndexOf(call, StringComparison.Ordinal));
        var acmeParticipants = Card(acmePage, "Activity (Participants)");
        Assert.DoesNotContain($"/contents/Activity/{call}", acmeParticipants);
        Assert.DoesNotContain($"/contents/Activity/{visit}", acmeParticipants);
        Assert.Contains("data-related-count>0<", acmeParticipants);

        var globexPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{globex}"));
        var globexCustomer = Card(globexPage, "Activity (Customer)");
        Assert.Contains($"/contents/Activity/{other}", globexCustomer);
        Assert.DoesNotContain($"/contents/Activity/{call}", globexCustomer);
        var participants = Card(globexPage, "Activity (Participants)");
        Assert.Contains($"/contents/Activity/{visit}", participants);
        Assert.DoesNotContain($"/contents/Activity/{other}", participants);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_view_all_link_lists_only_the_related_items_and_the_new_link_prefills_the_relation(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var acme = await CustomerAsync(admin, "Acme");
        var globex = await CustomerAsync(admin, "Globex");
        var call = await ActivityAsync(admin, "Call Acme", acme);
        var other = await ActivityAsync(admin, "Call Globex", globex, participant: acme);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{acme}"));

        var viewAll = Regex.Match(Card(page, "Activity (Customer)"), @"href=""([^""]*\?filter=[^""]*)""").Groups[1].Value;
        Assert.Equal($"/contents/Activity?filter=Customer%3Aeq%3A{acme}", viewAll);
        var list = await admin.GetStringAsync(viewAll);
        Assert.Contains($"/contents/Activity/{call}", list);
        Assert.DoesNotContain($"/contents/Activity/{other}", list);

        var participantsAll = Regex.Match(Card(page, "Activity (Participants)"), @"href=""([^""]*\?filter=[^""]*)""").Groups[1].Value;
        Assert.Equal($"/contents/Activity?filter=Participants%3Acontains%3A{acme}", participantsAll);
        var participantsList = await admin.GetStringAsync(participantsAll);
        Assert.Contains($"/contents/Activity/{other}", participantsList);
        Assert.DoesNotContain($"/contents/Activity/{call}", participantsList);

        var newLink = Regex.Match(Card(page, "Activity (Customer)"), @"href=""([^""]*)"" data-related-new>New Activity<").Groups[1].Value;
        Assert.Equal($"/contents/Activity/new?Customer={acme}", newLink);
        var form = await admin.GetStringAsync(newLink);
        Assert.Matches($@"<option value=""{acme}"" selected=""selected"">", form);
        Assert.DoesNotMatch($@"<option value=""{globex}"" selected", form);
        // The plain form has nothing chosen.
        Assert.DoesNotMatch($@"<option value=""{acme}"" selected", await admin.GetStringAsync("/contents/Activity/new"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_who_may_not_view_a_securable_type_does_not_see_its_related_list(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var acme = await CustomerAsync(admin, "Acme");
        var call = await ActivityAsync(admin, "Call Acme", acme);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" })).StatusCode);
        await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
            d.With(d.FindType("Activity")! with { Settings = d.FindType("Activity")!.Settings with { Securable = true } })));
        var kim = await SignInAsync(content, "kim", "Kim-Password-1");

        var kimsPage = WebUtility.HtmlDecode(await kim.GetStringAsync($"/contents/Customer/{acme}"));
        var adminsPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{acme}"));

        Assert.Contains("Acme", kimsPage);
        Assert.DoesNotContain("data-related-list", kimsPage);
        Assert.DoesNotContain("Activity (Customer)", kimsPage);
        Assert.DoesNotContain($"/contents/Activity/{call}", kimsPage); // not in the timeline either
        Assert.DoesNotContain("Call Acme", kimsPage);
        Assert.Contains($"/contents/Activity/{call}", Card(adminsPage, "Activity (Customer)"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_own_only_user_sees_only_their_own_related_items(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse("""
            { "name": "own-only", "steps": [ { "name": "Roles", "Roles": [
                { "Name": "Assistant", "AddPermissions": [ "ViewOwnContent", "CreateContent", "EditOwnContent" ] } ] } ] }
            """, "own-only"), CancellationToken.None));
        var admin = await SignInAsync(content);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "park", ["email"] = "park@example.com", ["password"] = "Park-Password-1", ["roleNames"] = "Assistant" })).StatusCode);
        var park = await SignInAsync(content, "park", "Park-Password-1");
        var lead = await CustomerAsync(park, "Park's Lead");
        var parks = await ActivityAsync(park, "Park's call", lead);
        var admins = await ActivityAsync(admin, "Admin's call", lead);

        var parksCard = Card(WebUtility.HtmlDecode(await park.GetStringAsync($"/contents/Customer/{lead}")), "Activity (Customer)");
        var adminsCard = Card(WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{lead}")), "Activity (Customer)");

        Assert.Contains($"/contents/Activity/{parks}", parksCard);
        Assert.DoesNotContain($"/contents/Activity/{admins}", parksCard);
        Assert.Contains("data-related-count>1<", parksCard);
        Assert.Contains($"/contents/Activity/{admins}", adminsCard);
        Assert.Contains("data-related-count>2<", adminsCard);
    }
}
