using System.Text.Json.Nodes;
using Bogus;

namespace Crm.Bench.Common;

/// <summary>A 12-field customer type (as a recipe) and deterministic fake customers for it.</summary>
public static class BenchModel
{
    public const string Type = "BenchCustomer";

    public const string Recipe = """
        { "name": "bench-model", "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "BenchCustomer", "DisplayName": "Customer",
            "Settings": { "CrmTypeSettings": { "DisplayText": "{{ Name }}",
              "CompositeIndexes": [ { "Name": "StageGradeActivity", "Fields": [ "Stage", "Grade", "LastActivityAt desc" ] } ] } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "BenchCustomer", "Name": "BenchCustomer" } ] } ],
          "ContentParts": [ { "Name": "BenchCustomer", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Name", "Settings": { "TextFieldSettings": { "Required": true } } },
            { "FieldName": "EmailField", "Name": "Email", "Settings": { "EmailFieldSettings": { "Indexed": true } } },
            { "FieldName": "PhoneField", "Name": "Phone" },
            { "FieldName": "TextField", "Name": "Company" },
            { "FieldName": "TextField", "Name": "City" },
            { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ChoiceFieldSettings": { "Required": true, "Indexed": true,
              "Options": [ { "Value": "Target", "Label": "Target" }, { "Value": "Prospect", "Label": "Prospect" }, { "Value": "Customer", "Label": "Customer" } ] } } },
            { "FieldName": "ChoiceField", "Name": "Grade", "Settings": { "ChoiceFieldSettings": {
              "Options": [ { "Value": "A", "Label": "A" }, { "Value": "B", "Label": "B" }, { "Value": "C", "Label": "C" } ] } } },
            { "FieldName": "NumberField", "Name": "Employees", "Settings": { "NumberFieldSettings": { "Min": 0 } } },
            { "FieldName": "MoneyField", "Name": "Revenue", "Settings": { "MoneyFieldSettings": { "Currency": "KRW" } } },
            { "FieldName": "DateTimeField", "Name": "LastActivityAt" },
            { "FieldName": "DateField", "Name": "FirstContactOn" },
            { "FieldName": "BooleanField", "Name": "Vip" } ] } ] } ] }
        """;

    private static readonly string[] StageValues = ["Target", "Prospect", "Customer"];
    private static readonly float[] StageWeights = [0.5f, 0.3f, 0.2f];
    private static readonly string[] GradeValues = ["A", "B", "C"];
    private static readonly float[] GradeWeights = [0.1f, 0.3f, 0.6f];

    public static IReadOnlyList<string> Stages => StageValues;

    public static IReadOnlyList<string> Grades => GradeValues;

    /// <summary>The same rows for the same count every run (seeded), streamed so a million rows never sit in memory at once.</summary>
    public static IEnumerable<JsonObject> Rows(int count, DateTimeOffset now)
    {
        var faker = new Faker("ko") { Random = new Randomizer(20261122) };
        for (var i = 0; i < count; i++)
        {
            yield return new JsonObject
            {
                ["Name"] = faker.Name.FullName(),
                ["Email"] = $"user{i}@{faker.Internet.DomainName()}",
                ["Phone"] = $"010-{faker.Random.Number(1000, 9999)}-{faker.Random.Number(1000, 9999)}",
                ["Company"] = faker.Company.CompanyName(),
                ["City"] = faker.Address.City(),
                ["Stage"] = faker.Random.WeightedRandom(StageValues, StageWeights),
                ["Grade"] = faker.Random.WeightedRandom(GradeValues, GradeWeights),
                ["Employees"] = faker.Random.Number(1, 5000),
                ["Revenue"] = faker.Random.Number(0, 1_000_000) * 1000L,
                ["LastActivityAt"] = now.AddMinutes(-faker.Random.Number(0, 2 * 365 * 24 * 60)).ToString("O"),
                ["FirstContactOn"] = now.AddDays(-faker.Random.Number(0, 5 * 365)).ToString("yyyy-MM-dd"),
                ["Vip"] = faker.Random.Bool(0.05f),
            };
        }
    }
}
