using System.Text.Json.Nodes;

namespace Crm.Bench.GraphQL;

/// <summary>
/// With --breakdown: where a GraphQL request's server CPU goes, by smaller documents run under the same load after the
/// rounds. Each adds one thing to the one before: the transport, authentication, tenant and executor with nothing to
/// resolve; then the content query for one row; then the page of 50 without owners; the full page is the rounds' figure.
/// </summary>
public static class CostBreakdown
{
    private const string Where = "where: { stage: { eq: $stage }, grade: { eq: $grade } }, orderBy: [LAST_ACTIVITY_AT_DESC]";
    private const string Variables = "query($stage: BenchCustomerStage!, $grade: BenchCustomerGrade!)";

    public static IReadOnlyList<(string Label, IReadOnlyList<string> Bodies)> Steps { get; } =
    [
        ("{ __typename }", [Body("{ __typename }", null, null)]),
        ("first: 1 { id }", Each($"{Variables} {{ benchCustomers({Where}, first: 1) {{ nodes {{ id }} }} }}")),
        ("first: 50, no owner", Each($"{Variables} {{ benchCustomers({Where}, first: 50) {{ nodes {{ id name stage grade lastActivityAt }} }} }}")),
    ];

    private static List<string> Each(string document) =>
        CustomerPageQuery.Combinations.Select(c => Body(document, CustomerPageQuery.EnumValue(c.Stage), CustomerPageQuery.EnumValue(c.Grade))).ToList();

    private static string Body(string document, string? stage, string? grade)
    {
        var body = new JsonObject { ["query"] = document };
        if (stage is not null) body["variables"] = new JsonObject { ["stage"] = stage, ["grade"] = grade };
        return body.ToJsonString();
    }
}
