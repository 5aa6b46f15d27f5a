using System.Text.Json.Nodes;
using Crm.Bench.Common;

namespace Crm.Bench.GraphQL;

/// <summary>
/// "Customers where stage = X and grade = Y, newest activity first, first 50, with owner": the GraphQL document and the
/// request bodies of both endpoints for every stage/grade combination.
/// </summary>
public static class CustomerPageQuery
{
    public const int PageSize = 50;

    public const string Document = """
        query($stage: BenchCustomerStage!, $grade: BenchCustomerGrade!) {
          benchCustomers(where: { stage: { eq: $stage }, grade: { eq: $grade } }, orderBy: [LAST_ACTIVITY_AT_DESC], first: 50) {
            nodes { id name stage grade lastActivityAt owner { id name } } } }
        """;

    /// <summary>Every stage with every grade (3 × 3); each matches thousands of customers, so every page is full.</summary>
    public static IReadOnlyList<(string Stage, string Grade)> Combinations { get; } =
        BenchModel.Stages.SelectMany(stage => BenchModel.Grades.Select(grade => (stage, grade))).ToList();

    /// <summary>GraphQL enum values: the option values in upper case.</summary>
    public static string EnumValue(string option) => option.ToUpperInvariant();

    public static string GraphQLBody(string stage, string grade) => new JsonObject
    {
        ["query"] = Document,
        ["variables"] = new JsonObject { ["stage"] = EnumValue(stage), ["grade"] = EnumValue(grade) },
    }.ToJsonString();

    public static string HandWrittenBody(string stage, string grade) => new JsonObject { ["stage"] = stage, ["grade"] = grade }.ToJsonString();
}
