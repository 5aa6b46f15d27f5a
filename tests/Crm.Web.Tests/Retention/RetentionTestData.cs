using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Retention.Programs;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Retention;

/// <summary>Customers, orders and what the retention programs leave behind (to-dos, mail, enrolments) on the crm recipe.</summary>
public static class RetentionTestData
{
    public static readonly string[] Programs = ["HappyCalls", "FirstPurchaseThanks", "BirthdayGreetings", "AnniversaryGreetings", "DormantWakeUp", "RankUp", "WinBack"];

    /// <summary>
    /// A customer whose id puts it in the contacted group of every shipped program at the default 10 % holdout (or, with
    /// <paramref name="holdoutIn"/>, in that program's holdout): the draw is a hash of program and id, so the id decides.
    /// </summary>
    public static Task<ContentItem> CustomerAsync(this CrmRecipeHost crm, string json, string? owner, string? holdoutIn = null)
    {
        string id;
        do id = Ulid.NewUlid().ToString();
        while (!Programs.All(p => HoldoutDraw.IsHoldout(p, id, ProgramSettings.Default.HoldoutPercent) == (p == holdoutIn)));
        return crm.RunAsync(s => s.GetRequiredService<ContentManager>().CreateAsync("Customer", JsonNode.Parse(json)!.AsObject(), owner, id));
    }

    public static Task<ContentItem> OrderAsync(this CrmRecipeHost crm, string customerId, decimal amount, string orderDate, string? owner = null, string status = "Open") =>
        crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{customerId}}", "OrderDate": "{{orderDate}}", "Amount": { "Amount": {{amount}}, "Currency": "KRW" }, "Status": "{{status}}" }""", owner);

    /// <summary>The to-dos a program made for a customer, oldest first.</summary>
    public static Task<IReadOnlyList<ContentItem>> ProgramToDosAsync(this CrmRecipeHost crm, string customerId, string program) =>
        crm.ItemsAsync("Activity", $"Customer:eq:{customerId},RetentionProgram:eq:{program}");

    /// <summary>The queued emails to an address, oldest first.</summary>
    public static async Task<IReadOnlyList<JsonObject>> MailToAsync(this CrmRecipeHost crm, string address) =>
        (await crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT payload FROM outbox_messages WHERE kind = 'email' ORDER BY id")))
        .Select(p => JsonNode.Parse(p)!.AsObject())
        .Where(m => m["To"]!.AsArray().Any(t => t!.GetValue<string>() == address))
        .ToList();

    public static Task<IReadOnlyList<Enrolment>> EnrolmentsAsync(this CrmRecipeHost crm, string program) =>
        crm.RunAsync(async s => (IReadOnlyList<Enrolment>)(await s.GetRequiredService<TenantDb>().QueryAsync<(string Id, string CustomerId, string EnrolledUtc, long Holdout)>(
            "SELECT id, customer_id, enrolled_utc, CAST(CASE WHEN holdout THEN 1 ELSE 0 END AS BIGINT) FROM retention_enrolments WHERE program = @program ORDER BY enrolled_utc, id",
            new { program })).Select(r => new Enrolment(r.Id, program, r.CustomerId, null, "", DateTimeOffset.Parse(r.EnrolledUtc), r.Holdout != 0)).ToList());

    public static Task SetProgramAsync(this CrmRecipeHost crm, string program, decimal holdoutPercent, int windowDays) =>
        crm.RunAsync(async s =>
        {
            await s.GetRequiredService<ProgramSettingsStore>().SaveAsync(program, new ProgramSettings(holdoutPercent, windowDays));
            return 0;
        });

    public static DateTimeOffset DueAt(this ContentItem todo) => DateTimeOffset.Parse(todo.Text("DueAt")!);
}

/// <summary>Diagnostics for a failing program test: every workflow step logged so far.</summary>
public static class WorkflowLogDump
{
    public static async Task<string> DumpAsync(this CrmRecipeHost crm) =>
        string.Join("\n", await crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>(
            "SELECT t.name || ' ' || l.activity_id || ' ' || COALESCE(l.outcome, '-') || ' ' || COALESCE(l.message, '') || ' @' || l.at_utc FROM workflow_log l " +
            "JOIN workflow_instances i ON i.id = l.instance_id JOIN workflow_types t ON t.id = i.type_id ORDER BY l.at_utc, l.seq")));
}
