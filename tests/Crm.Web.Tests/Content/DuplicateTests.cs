using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class DuplicateTests
{
    private static async Task<Dictionary<string, string>> SeedAsync(ContentTestHost content)
    {
        var ids = new Dictionary<string, string>();
        foreach (var (key, json) in new[]
        {
            ("hanbit", """{ "Name": "(주) 한빛상사", "Email": "Buyer@Hanbit.co.kr", "Phone": "+82 10-1234-5678", "Company": "Hanbit" }"""),
            ("hanbit2", """{ "Name": "한빛상사 주식회사", "Email": "buyer@hanbit.co.kr" }"""),
            ("mobile", """{ "Name": "Kim Minsu", "Phone": "010-1234-5678" }"""),
            ("office1", """{ "Name": "Seoul Office", "Phone": "(02) 555-0100", "Company": "Daehan" }"""),
            ("office2", """{ "Name": "seoul office", "Phone": "02.555.0100", "Company": " DAEHAN " }"""),
            ("acme", """{ "Name": "Acme Co., Ltd.", "Email": "sales@acme.com" }"""),
            ("acme2", """{ "Name": "ACME Inc", "Email": "info@acme.com" }"""),
            ("acmee", """{ "Name": "Acmee Corp", "Email": "hello@acmee.com" }"""),
            ("other", """{ "Name": "Zenith", "Email": "z@zenith.com", "Phone": "010-9999-0000" }"""),
        })
        {
            ids[key] = (await content.CreateAsync("Customer", json)).Id;
        }
        return ids;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Duplicates_of_an_item_are_found_by_email_phone_exact_key_and_similar_name(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var ids = await SeedAsync(content);
        var name = ids.ToDictionary(p => p.Value, p => p.Key);

        var ofHanbit = await content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindDuplicatesAsync(ids["hanbit"]));
        Assert.Equal(["hanbit2 SameEmail", "hanbit2 SimilarName", "mobile SamePhone"], ofHanbit.Select(m => $"{name[m.Item.Id]} {m.Rule}").Order(StringComparer.Ordinal));

        var ofOffice = await content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindDuplicatesAsync(ids["office1"]));
        Assert.Equal(["office2 SameCompanyAndName", "office2 SamePhone", "office2 SimilarName"], ofOffice.Select(m => $"{name[m.Item.Id]} {m.Rule}").Order(StringComparer.Ordinal));

        // A candidate before it is created: values in any accepted form.
        var candidate = await content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindDuplicatesAsync("Customer",
            JsonNode.Parse("""{ "Name": "Acme Limited", "Phone": "82-2-555-0100" }""")!.AsObject()));
        Assert.Equal(["acme SimilarName", "acme2 SimilarName", "acmee SimilarName", "office1 SamePhone", "office2 SamePhone"],
            candidate.Select(m => $"{name[m.Item.Id]} {m.Rule}").Order(StringComparer.Ordinal));
        Assert.Equal(1, candidate.Single(m => name[m.Item.Id] == "acme2").Score);
        Assert.InRange(candidate.Single(m => name[m.Item.Id] == "acmee").Score, 0.9, 0.99);
        Assert.Equal("acmee", name[candidate[^1].Item.Id]); // best first

        var none = await content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindDuplicatesAsync(ids["other"]));
        Assert.Empty(none);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Find_all_groups_existing_items_per_rule_and_skips_the_recycle_bin(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var ids = await SeedAsync(content);
        var name = ids.ToDictionary(p => p.Value, p => p.Key);
        await content.RunAsync(s => s.GetRequiredService<Crm.Core.Content.Store.ContentManager>().DeleteAsync(ids["acme2"], 1));

        var groups = await content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindAllDuplicatesAsync("Customer"));

        var shown = groups.Select(g => $"{g.Rule} [{g.Key}]: {string.Join(", ", g.Items.Select(i => name[i.Id]).Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "SameCompanyAndName [daehan | seoul office]: office1, office2",
            "SameEmail [buyer@hanbit.co.kr]: hanbit, hanbit2",
            "SamePhone [01012345678]: hanbit, mobile",
            "SamePhone [025550100]: office1, office2",
            "SimilarName [acme]: acme, acmee",
            "SimilarName [seouloffice]: office1, office2",
            "SimilarName [한빛상사]: hanbit, hanbit2",
        ], shown);
        Assert.Equal(DuplicateRuleKind.Phone, groups.First(g => g.Rule == "SamePhone").Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_type_without_rules_or_a_bad_candidate_value_is_a_clear_error(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);

        var noRules = await Assert.ThrowsAsync<InvalidOperationException>(() => content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindAllDuplicatesAsync("Activity")));
        Assert.Contains("Activity has no duplicate rules", noRules.Message);
        var bad = await Assert.ThrowsAsync<Crm.Core.Content.Store.ContentValidationException>(() => content.RunAsync(s => s.GetRequiredService<DuplicateFinder>().FindDuplicatesAsync("Customer",
            JsonNode.Parse("""{ "Email": "not-mail" }""")!.AsObject())));
        Assert.Equal(["Email: 'not-mail' is not an e-mail address"], bad.Errors.Select(e => e.ToString()));
    }
}
