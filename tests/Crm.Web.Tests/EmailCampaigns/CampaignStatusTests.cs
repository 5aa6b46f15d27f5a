using System.Net;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// A campaign's Status moves only Draft → Scheduled → Sending → Sent (or Cancelled, and back to Draft) on every path: the
/// API, imports and the content form (where the field is read-only) alike; Sending and Sent only with the sender's run.
/// </summary>
public sealed class CampaignStatusTests
{
    /// <summary>An admin who makes the Status field editable (it ships read-only): the form and GraphQL then write it too.</summary>
    private const string EditableStatus = """
        { "name": "editable-status", "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "EmailCampaign", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "ChoiceField", "Name": "Status", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Status", "Position": "6" },
              "ChoiceFieldSettings": { "Required": true, "Indexed": true, "Default": "Draft", "Options": [ { "Value": "Draft", "Label": "Draft" },
                { "Value": "Scheduled", "Label": "Scheduled" }, { "Value": "Sending", "Label": "Sending" }, { "Value": "Sent", "Label": "Sent" }, { "Value": "Cancelled", "Label": "Cancelled" } ] } } } ] } ] } ] }
        """;

    private static Task MakeStatusEditableAsync(CrmRecipeHost crm) =>
        crm.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(EditableStatus, "editable-status"), CancellationToken.None));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_write_can_skip_a_step_and_the_error_names_the_field_and_the_allowed_next_statuses(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.CampaignAsync();

        var skipped = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(campaign, """{ "Status": "Sent" }""")); // import, workflow, recipe
        Assert.Equal(("Status", "cannot go from 'Draft' to 'Sent'; allowed next: Scheduled"), (skipped.Errors.Single().Field, skipped.Errors.Single().Problem.Message));
        var sending = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(campaign, """{ "Status": "Scheduled" }"""));
        Assert.Equal("ScheduledAt", sending.Errors.Single().Field); // an allowed move still needs its time
        campaign = await crm.ScheduleAsync(campaign, CrmRecipeHost.Start.AddDays(1));
        var forged = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(campaign, """{ "Status": "Sending" }"""));
        Assert.Equal(("Status", "becomes 'Sending' only through the sender, when the campaign starts or finishes sending; schedule or cancel it instead"),
            (forged.Errors.Single().Field, forged.Errors.Single().Problem.Message));
        var born = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("EmailCampaign", """{ "Name": "Imported", "Subject": "Hi", "Body": "Hi", "Audience": "StageCustomers", "Status": "Sent" }"""));
        Assert.Equal(("Status", "a new campaign starts as Draft or Scheduled"), (born.Errors.Single().Field, born.Errors.Single().Problem.Message));
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = 'EmailCampaign' AND display_text = 'Imported'"));

        // The sender's own moves pass: Scheduled → Sending → Sent; after that nothing.
        await crm.AdvanceAsync(TimeSpan.FromDays(1));
        campaign = await crm.GetAsync(campaign.Id);
        Assert.Equal("Sent", campaign.Text("Status"));
        var again = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(campaign, """{ "Status": "Draft" }"""));
        Assert.Equal("cannot go from 'Sent' to 'Draft'; allowed next: -", again.Errors.Single().Problem.Message);

        // Cancelled after it started sending: back to Draft is allowed, scheduling that draft again is not.
        var second = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 1, name: "December news"), crm.Clock.GetUtcNow());
        await crm.CustomerAsync("이서연", "seoyeon@customer.example");
        await crm.RunDueAsync();
        second = await crm.UpdateAsync(await crm.UpdateAsync(second, """{ "Status": "Cancelled" }"""), """{ "Status": "Draft" }""");
        var rerun = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(second, """{ "Status": "Scheduled" }"""));
        Assert.Equal("cannot be scheduled again: the campaign has already started sending once", rerun.Errors.Single().Problem.Message);

        // GraphQL: the shipped field is read-only, so the input has no status; made editable, the same moves are refused there.
        var api = new GraphQLClient(await crm.AdminAsync(), null);
        var draft = await crm.CampaignAsync(name: "January news");
        var readOnly = await api.PostAsync($$"""mutation { updateEmailCampaign(id: "{{draft.Id}}", version: {{draft.Version}}, input: { status: SENT }) { status } }""");
        Assert.Contains("status", Assert.Single(readOnly.Errors)["message"]!.GetValue<string>());
        await MakeStatusEditableAsync(crm);
        var refused = await api.PostAsync($$"""mutation { updateEmailCampaign(id: "{{draft.Id}}", version: {{draft.Version}}, input: { status: SENT }) { status } }""");
        var error = Assert.Single(refused.Errors);
        Assert.Equal("input.status", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("Status: cannot go from 'Draft' to 'Sent'; allowed next: Scheduled", error["message"]!.GetValue<string>());
        var unchanged = await crm.GetAsync(draft.Id);
        Assert.Equal((draft.Version, "Draft"), (unchanged.Version, unchanged.Text("Status")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_content_form_takes_a_status_only_when_editable_and_by_the_flow_and_its_refusals_come_in_korean(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.CampaignAsync();
        var admin = await crm.AdminAsync();
        var edit = $"/contents/EmailCampaign/{campaign.Id}/edit";
        Dictionary<string, string> Form(ContentItem item, string body) => new()
        {
            ["version"] = item.Version.ToString(), ["EmailCampaign.Name"] = item.Text("Name")!, ["EmailCampaign.Subject"] = item.Text("Subject")!,
            ["EmailCampaign.Body"] = body, ["EmailCampaign.Audience"] = item.Text("Audience")!, ["EmailCampaign.RatePerMinute"] = "60",
            ["EmailCampaign.ScheduledAt"] = "", ["EmailCampaign.Status"] = "Sent",
        };

        var saved = await admin.SubmitFormAsync(edit, edit, Form(campaign, "Changed {{ customer.Name }}"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        campaign = await crm.GetAsync(campaign.Id);
        Assert.Equal(("Draft", "Changed {{ customer.Name }}"), (campaign.Text("Status"), campaign.Text("Body")));

        await MakeStatusEditableAsync(crm);
        var skipped = await admin.SubmitFormAsync(edit + "?culture=en-US", edit + "?culture=en-US", Form(campaign, "Changed {{ customer.Name }}"));
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("cannot go from 'Draft' to 'Sent'; allowed next: Scheduled", WebUtility.HtmlDecode(await skipped.Content.ReadAsStringAsync()));
        Assert.Equal("Draft", (await crm.GetAsync(campaign.Id)).Text("Status"));

        campaign = await crm.ScheduleAsync(campaign, crm.Clock.GetUtcNow());
        await crm.RunDueAsync();
        campaign = await crm.GetAsync(campaign.Id);
        Assert.Equal("Sent", campaign.Text("Status"));
        var locked = await admin.SubmitFormAsync(edit + "?culture=ko-KR", edit + "?culture=ko-KR", Form(campaign, "Rewritten after sending"));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("캠페인 발송이 시작된 뒤에는 바꿀 수 없습니다", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_campaign_screens_refusals_and_the_coupon_forms_come_in_korean(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.CampaignAsync();
        await crm.SetBaseUrlAsync(null);
        var (marketer, _) = await crm.StaffAsync("sora", "Marketer");
        var page = await marketer.GetStringAsync($"/admin/email-campaigns/{campaign.Id}");
        var schedule = await marketer.PostAsync($"/admin/email-campaigns/{campaign.Id}/schedule?culture=ko-KR", CrmRecipeHost.Form(page));
        Assert.Equal(HttpStatusCode.BadRequest, schedule.StatusCode);
        Assert.Contains("BaseUrl(메일 속 링크에 쓰는 사이트 주소)을 입력해야 합니다", WebUtility.HtmlDecode(await schedule.Content.ReadAsStringAsync()));

        var admin = await crm.AdminAsync();
        var customer = (await crm.ItemsAsync("Customer"))[0];
        var coupon = new Dictionary<string, string>
        {
            ["Coupon.Code"] = "SPRING-2026", ["Coupon.Customer"] = customer.Id, ["Coupon.Percent"] = "10", ["Coupon.ExpiresAt"] = "2026-12-31T23:59",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/contents/Coupon/new", "/contents/Coupon/new", new(coupon))).StatusCode);
        var twice = await admin.SubmitFormAsync("/contents/Coupon/new?culture=ko-KR", "/contents/Coupon/new?culture=ko-KR", new(coupon));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("코드 SPRING-2026은(는) 이미 다른 쿠폰이 쓰고 있습니다.", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
    }
}
