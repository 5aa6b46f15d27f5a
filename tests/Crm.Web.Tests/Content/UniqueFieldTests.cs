using System.Data.Common;
using System.Text.Json.Nodes;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

/// <summary>
/// Unique fields (Customer.Company marked Unique here) and unique keys of several fields (an Activity's Customer + Subject),
/// enforced by unique indexes on the live items: on create, update, restore, import and recipes, and when two writers race.
/// </summary>
public sealed class UniqueFieldTests
{
    private static Task MakeUniqueAsync(ContentTestHost content, string field = "Company") =>
        content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
        {
            var part = d.FindPart("Customer")!;
            return d.With(part with { Fields = part.Fields.Select(f => f.Name == field ? f with { Settings = f.Settings with { Unique = true } } : f).ToList() });
        }));

    private static Task AddActivityKeyAsync(ContentTestHost content) =>
        content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
        {
            var type = d.FindType("Activity")!;
            return d.With(type with { Settings = type.Settings with { UniqueKeys = [new UniqueKeyDefinition("CustomerSubject", ["Customer", "Subject"])] } });
        }));

    private static async Task<ContentValidationException> RefusedAsync(Func<Task> write) => await Assert.ThrowsAsync<ContentValidationException>(write);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unique_field_refuses_another_items_value_in_any_case_and_the_recycle_bin_holds_none(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await MakeUniqueAsync(content);
        var manager = (IServiceProvider s) => s.GetRequiredService<ContentManager>();
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme Seoul", "Company": "Acme" }""");
        await content.CreateAsync("Customer", """{ "Name": "No company 1" }""");
        await content.CreateAsync("Customer", """{ "Name": "No company 2" }"""); // empty values never collide

        var twice = await RefusedAsync(() => content.CreateAsync("Customer", """{ "Name": "Acme Busan", "Company": "ACME" }"""));
        Assert.Equal([$"Company: 'ACME' is already used by 'Acme Seoul' ({acme.Id})"], twice.Errors.Select(e => e.ToString()));
        var other = await content.CreateAsync("Customer", """{ "Name": "Beta", "Company": "Beta" }""");
        var renamed = await RefusedAsync(() => content.RunAsync(s => manager(s).UpdateAsync(other.Id, JsonNode.Parse("""{ "Company": "acme" }""")!.AsObject(), other.Version)));
        Assert.Equal("Company", Assert.Single(renamed.Errors).Field);
        var itself = await content.RunAsync(s => manager(s).UpdateAsync(acme.Id, JsonNode.Parse("""{ "Name": "Acme HQ", "Company": "Acme" }""")!.AsObject(), acme.Version));
        Assert.Equal("Acme HQ", itself.DisplayText);

        var deleted = await content.RunAsync(s => manager(s).DeleteAsync(acme.Id, itself.Version));
        var successor = await content.CreateAsync("Customer", """{ "Name": "Acme again", "Company": "acme" }""");
        var restore = await RefusedAsync(() => content.RunAsync(s => manager(s).RestoreAsync(acme.Id, deleted.Version)));
        Assert.Equal([$"Company: 'Acme' is already used by 'Acme again' ({successor.Id})"], restore.Errors.Select(e => e.ToString()));
        Assert.NotNull((await content.RunAsync(s => manager(s).GetAsync(acme.Id, includeDeleted: true)))!.DeletedUtc); // still in the bin

        await content.RunAsync(s => manager(s).DeleteAsync(successor.Id, successor.Version));
        var restored = await content.RunAsync(s => manager(s).RestoreAsync(acme.Id, deleted.Version));
        Assert.Null(restored.DeletedUtc);
        Assert.Equal(1, await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM content_items WHERE content_type = 'Customer' AND deleted_utc IS NULL AND display_text LIKE 'Acme%'")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_writers_racing_for_one_value_store_one_item_and_the_other_gets_a_field_error(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await MakeUniqueAsync(content);

        for (var round = 0; round < 5; round++)
        {
            var company = $"Race {round}";
            var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
            {
                try
                {
                    await content.CreateAsync("Customer", new JsonObject { ["Name"] = $"Writer {w}", ["Company"] = company }.ToJsonString());
                    return null;
                }
                catch (ContentValidationException e)
                {
                    return e;
                }
            })).ToList();
            var outcomes = await Task.WhenAll(writers);

            var refused = Assert.Single(outcomes, o => o is not null)!;
            Assert.Equal("Company", Assert.Single(refused.Errors).Field);
            Assert.StartsWith($"'{company}' is already used by ", refused.Errors[0].Problem.Message);
            Assert.Equal(1, await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>(
                $"SELECT COUNT(*) FROM content_items WHERE content_type = 'Customer' AND {ContentCompanyExpression(s)} = @company", new { company })));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_itself_refuses_a_duplicate_and_the_refusal_names_the_field(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await MakeUniqueAsync(content);
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme Seoul", "Company": "Acme" }""");

        // A writer that skipped the check (as a racing one does) meets the unique index.
        var refusal = await content.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var data = JsonNode.Parse("""{ "Customer": { "Name": "Sneaky", "Company": "aCmE" } }""")!.AsObject();
            try
            {
                await db.ExecuteAsync(
                    $"INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) " +
                    $"VALUES ('01JD3Z6Q3S8P0V7X2M9K4B1C5T', 'Customer', 'Sneaky', NULL, '2026-11-23T00:00:00.0000000Z', '2026-11-23T00:00:00.0000000Z', 1, NULL, {db.Dialect.JsonParameter("data")})",
                    new { data = data.ToJsonString() });
                return null;
            }
            catch (DbException e)
            {
                var defs = await s.GetRequiredService<ContentDefinitionManager>().GetAsync();
                return s.GetRequiredService<UniqueChecker>().Refusal(e, defs, defs.FindType("Customer")!, data);
            }
        });

        Assert.NotNull(refusal);
        Assert.Equal(["Company: 'aCmE' is already used by another item of this type"], refusal.Errors.Select(e => e.ToString()));
        Assert.Equal(1, await content.CountAsync("Customer"));
        Assert.Equal("Acme Seoul", (await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(acme.Id)))!.DisplayText);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unique_key_of_two_fields_refuses_the_same_pair_and_names_both(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await AddActivityKeyAsync(content);
        var ann = await content.CreateAsync("Customer", """{ "Name": "Ann" }""");
        var bob = await content.CreateAsync("Customer", """{ "Name": "Bob" }""");
        var call = await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{ann.Id}}" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{bob.Id}}" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Visit", "Customer": "{{ann.Id}}" }""");

        var twice = await RefusedAsync(() => content.CreateAsync("Activity", $$"""{ "Subject": "CALL", "Customer": "{{ann.Id}}" }"""));

        Assert.Equal([$"Subject: 'CALL' together with Customer '{ann.Id}' is already used by 'Call' ({call.Id})"], twice.Errors.Select(e => e.ToString()));
        Assert.Equal(3, await content.CountAsync("Activity"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Declaring_a_field_unique_over_duplicates_is_refused_naming_them_and_changes_nothing(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var first = await content.CreateAsync("Customer", """{ "Name": "Beta 1", "Company": "Beta" }""");
        var second = await content.CreateAsync("Customer", """{ "Name": "Beta 2", "Company": "BETA" }""");
        await content.CreateAsync("Customer", """{ "Name": "Gamma", "Company": "Gamma" }""");

        var refused = await Assert.ThrowsAsync<ContentDefinitionException>(() => MakeUniqueAsync(content));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("Customer.Company.Unique", error.Path);
        Assert.Contains("is used by 2 items", error.Message);
        Assert.Contains(first.Id, error.Message);
        Assert.Contains(second.Id, error.Message);
        var defs = await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync());
        Assert.False(defs.FindField(defs.FindType("Customer")!, "Company")!.Field.Settings.Unique);
        var third = await content.CreateAsync("Customer", """{ "Name": "Beta 3", "Company": "Beta" }"""); // the tenant works as before

        await content.RunAsync(s => s.GetRequiredService<ContentManager>().DeleteAsync(first.Id, first.Version));
        await content.RunAsync(s => s.GetRequiredService<ContentManager>().DeleteAsync(third.Id, third.Version));
        await MakeUniqueAsync(content); // once the duplicates are gone (the recycle bin holds no values), it takes
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_names_the_row_and_column_of_a_value_taken_by_a_stored_item_or_an_earlier_row(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await MakeUniqueAsync(content);
        var stored = await content.CreateAsync("Customer", """{ "Name": "Stored", "Company": "Stored Co" }""");
        const string csv = """
            Name,Company
            One,Alpha
            Two,stored co
            Three,Beta
            Four,ALPHA
            Five,Gamma
            """;

        var result = await content.RunAsync(s => s.GetRequiredService<ContentCsvImporter>().ImportAsync("Customer", new StringReader(csv),
            new ImportOptions { Mode = ImportMode.KeepValidRows, BatchSize = 2 }));

        Assert.Equal(3, result.Created);
        Assert.Equal([$"row 3, Company: 'stored co' is already used by 'Stored' ({stored.Id})", "row 5, Company: 'ALPHA' is already used in row 2 of this import"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(4, await content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recipe_declares_unique_fields_and_keys_and_its_content_step_names_step_and_path_of_a_taken_value(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var recipe = RecipeParser.Parse("""
            { "name": "unique", "steps": [
              { "name": "ContentDefinition",
                "ContentTypes": [ { "Name": "Coupon", "DisplayName": "Coupon",
                  "Settings": { "CrmTypeSettings": { "DisplayText": "{{ Code }}", "UniqueKeys": [ { "Name": "BatchSerial", "Fields": [ "Batch", "Serial" ] } ] } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Coupon", "Name": "Coupon" } ] } ],
                "ContentParts": [ { "Name": "Coupon", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "TextField", "Name": "Code", "Settings": { "TextFieldSettings": { "Required": true, "Unique": true } } },
                  { "FieldName": "TextField", "Name": "Batch", "Settings": {} },
                  { "FieldName": "NumberField", "Name": "Serial", "Settings": {} } ] } ] },
              { "name": "Content", "data": [
                { "ContentType": "Coupon", "Coupon": { "Code": "WELCOME", "Batch": "A", "Serial": 1 } },
                { "ContentType": "Coupon", "Coupon": { "Code": "THANKS", "Batch": "A", "Serial": 2 } },
                { "ContentType": "Coupon", "Coupon": { "Code": "welcome", "Batch": "B", "Serial": 1 } } ] } ] }
            """, "unique-test");

        var refused = await Assert.ThrowsAsync<RecipeException>(() => content.RunAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None);
            return 0;
        }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, "$.steps[1].data[2].Code"), (error.StepIndex, error.Path));
        Assert.StartsWith("'welcome' is already used by 'WELCOME' (", error.Message);
        Assert.Equal(0, await content.CountAsync("Coupon")); // the recipe ran in one transaction: nothing of it stayed
    }

    private static string ContentCompanyExpression(IServiceProvider services) =>
        services.GetRequiredService<TenantDb>().Dialect.Provider == DatabaseProvider.Sqlite
            ? "json_extract(data, '$.Customer.Company')"
            : "(data #>> '{Customer,Company}')";
}
