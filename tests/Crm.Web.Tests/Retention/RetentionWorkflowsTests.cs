using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Retention;

/// <summary>The crm recipe's retention workflows: published, open in the designer, valid there, and test-runnable against a customer without side effects.</summary>
public sealed class RetentionWorkflowsTests
{
    public static readonly string[] Workflows = ["HappyCalls", "FirstPurchaseThanks", "BirthdayGreetings", "AnniversaryGreetings", "DormantWakeUp", "RankUp", "WinBack"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_program_workflow_is_published_opens_in_the_designer_and_validates(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var token = await TokenAsync(admin);
        foreach (var name in Workflows)
        {
            var type = await crm.RunAsync(async s => (await s.GetRequiredService<WorkflowStore>().FindAsync(name))!);
            Assert.Equal(1, type.PublishedVersion);
            var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/workflows/{type.Id}/designer"));
            Assert.Contains("data-palette-type=\"EnrolInProgram\"", page);
            Assert.Contains("data-palette-type=\"IssueCoupon\"", page);
            Assert.Contains("data-palette-type=\"FindCelebrations\"", page);
            Assert.Contains("\"type\":\"EnrolInProgram\"", page);
            var check = JsonNode.Parse(await (await PostJsonAsync(admin, $"/admin/workflows/{type.Id}/validate", token, WorkflowJson.Write(type.Draft))).Content.ReadAsStringAsync())!;
            Assert.True(check["problems"]!.AsArray().Count == 0, $"{name}: {check["problems"]}");
        }
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/retention"));
        foreach (var name in Workflows) Assert.Contains($"data-program=\"{name}\"", list);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_test_run_from_the_designer_walks_a_program_for_a_customer_and_writes_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CustomerAsync("""{ "Name": "김고객", "Stage": "Customer", "Grade": "A", "Email": "kim@example.com" }""", owner);
        var admin = await crm.AdminAsync();
        var token = await TokenAsync(admin);
        var type = await crm.RunAsync(async s => (await s.GetRequiredService<WorkflowStore>().FindAsync("FirstPurchaseThanks"))!);
        var body = new JsonObject { ["definition"] = JsonNode.Parse(WorkflowJson.Write(type.Draft)), ["itemId"] = kim.Id }.ToJsonString();
        var response = await PostJsonAsync(admin, $"/admin/workflows/{type.Id}/test-run", token, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Finished", result["status"]!.GetValue<string>());
        Assert.Equal(["firstPurchase", "enrol", "coupon", "hasEmail", "mail"], result["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var log = result["log"]!.AsArray().Select(l => l!["message"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains(log, m => m.Contains("test run: would enrol 김고객 in FirstPurchaseThanks"));
        Assert.Contains(log, m => m.Contains("test run: would issue a 10% coupon to 김고객, valid 30 days"));
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM retention_enrolments"));
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = 'Coupon'"));
    }
}
