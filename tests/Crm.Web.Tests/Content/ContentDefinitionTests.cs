using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ContentDefinitionTests
{
    private static Task<IReadOnlyList<string>> IndexesAsync(ContentTestHost content) =>
        content.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            return db.Dialect.Provider == DatabaseProvider.Sqlite
                ? await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cx%' ORDER BY name")
                : await db.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'cx%' ORDER BY indexname");
        });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Indexed_fields_relations_and_composite_indexes_get_expression_indexes(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);

        var indexes = await IndexesAsync(content);

        Assert.Contains(indexes, i => i.StartsWith("cx_customer_customer_email_"));
        Assert.Contains(indexes, i => i.StartsWith("cx_customer_customer_stage_"));
        Assert.Contains(indexes, i => i.StartsWith("cx_customer_customer_employees_"));
        Assert.Contains(indexes, i => i.StartsWith("cx_customer_stagegradeactivity_"));
        Assert.Contains(indexes, i => i.StartsWith("cx_activity_activity_customer_")); // relation fields are always indexed
        Assert.DoesNotContain(indexes, i => i.StartsWith("cx_customer_customer_grade_"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Marking_a_field_indexed_takes_effect_at_once_and_unmarking_drops_the_index(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        Task Alter(bool indexed) => content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
        {
            var part = d.FindPart("Customer")!;
            return d.With(part with { Fields = part.Fields.Select(f => f.Name == "Grade" ? f with { Settings = f.Settings with { Indexed = indexed } } : f).ToList() });
        }));

        await Alter(true);
        Assert.Contains(await IndexesAsync(content), i => i.StartsWith("cx_customer_customer_grade_"));

        await Alter(false);
        Assert.DoesNotContain(await IndexesAsync(content), i => i.StartsWith("cx_customer_customer_grade_"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_field_can_be_used_at_once_without_a_restart(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse("""
            { "name": "more", "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Customer",
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "PhoneField", "Name": "Phone", "Settings": { "PhoneFieldSettings": { "Indexed": true } } } ] } ] } ] }
            """, "more"), CancellationToken.None));

        var item = await content.CreateAsync("Customer", """{ "Name": "Acme", "Phone": "02-555-0100" }""");

        Assert.Equal("02-555-0100", item.Value("Customer", "Phone")!.GetValue<string>());
        Assert.Equal("Acme", item.Value("Customer", "Name")!.GetValue<string>()); // the recipe merged the field, it did not replace the part
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_field_keeps_its_values_until_purged(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var item = await content.CreateAsync("Customer", """{ "Name": "Acme", "Employees": 12 }""");

        await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().RemoveFieldAsync("Customer", "Employees"));
        var kept = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(item.Id));
        Assert.Equal(12, kept!.Value("Customer", "Employees")!.GetValue<int>());
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Customer", """{ "Name": "B", "Employees": 3 }"""));
        Assert.Equal("Employees: is not a field of Customer", refused.Errors.Single().ToString());
        Assert.DoesNotContain(await IndexesAsync(content), i => i.StartsWith("cx_customer_customer_employees_"));

        var purged = await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().PurgeFieldAsync("Customer", "Employees"));
        Assert.Equal(1, purged);
        var after = await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(item.Id));
        Assert.Null(after!.Value("Customer", "Employees"));
        Assert.Equal("Acme", after.Value("Customer", "Name")!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_field_used_by_a_composite_index_cannot_be_removed(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);

        var refused = await Assert.ThrowsAsync<ContentDefinitionException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().RemoveFieldAsync("Customer", "Grade")));

        Assert.Equal("Customer.Grade: Customer uses the field in index StageGradeActivity; change that first", refused.Errors.Single().ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_type_with_items_is_only_removed_when_forced(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.CreateAsync("Customer", """{ "Name": "Acme" }""");

        var pointed = await Assert.ThrowsAsync<ContentDefinitionException>(() => content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentDefinitionManager>().RemoveTypeAsync("Customer", force: true);
            return 0;
        }));
        Assert.Contains("fields still point at 'Customer': Activity.Customer", pointed.Message);

        var activity = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{(await content.CreateAsync("Customer", """{ "Name": "B" }""")).Id}}" }""");
        var refused = await Assert.ThrowsAsync<ContentDefinitionException>(() => content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentDefinitionManager>().RemoveTypeAsync("Activity", force: false);
            return 0;
        }));
        Assert.Contains("still has 1 item(s)", refused.Message);

        await content.RunAsync(async s =>
        {
            await s.GetRequiredService<ContentDefinitionManager>().RemoveTypeAsync("Activity", force: true);
            return 0;
        });
        Assert.Null((await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync())).FindType("Activity"));
        Assert.Equal(0, await content.CountAsync("Activity"));
        Assert.NotNull(activity);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Running_the_definition_recipe_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var first = await content.RunAsync(s => s.GetRequiredService<TenantDb>().QuerySingleOrDefaultAsync<string>("SELECT document FROM content_definitions"));

        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(SalesRecipe.Parse(), CancellationToken.None));

        var second = await content.RunAsync(s => s.GetRequiredService<TenantDb>().QuerySingleOrDefaultAsync<string>("SELECT document FROM content_definitions"));
        Assert.Equal(first, second);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first!), JsonNode.Parse(second!)));
    }

    [Fact]
    public async Task A_definition_recipe_with_bad_fields_names_them_before_anything_runs()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var scope = host.Services.CreateScope();
        var errors = scope.ServiceProvider.GetRequiredService<RecipeValidator>().Validate(RecipeParser.Parse("""
            { "name": "bad", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "order", "ContentTypePartDefinitionRecords": [ { "Name": "X" } ] } ],
              "ContentParts": [ { "Name": "Deal", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "HologramField", "Name": "Beam" },
                { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ChoiceFieldSettings": { "Options": [] } } },
                { "FieldName": "NumberField", "Name": "Amount", "Settings": { "NumberFieldSettings": { "Min": "lots" } } } ] } ] } ] }
            """, "bad"));

        Assert.Equal(
        [
            "$.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[0].PartName",
            "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[2].Settings.NumberFieldSettings.Min",
            "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName",
            "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[1].Settings",
            "$.steps[0].ContentTypes[0].Name",
        ], errors.Select(e => e.Path));
    }
}
