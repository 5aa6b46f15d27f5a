using System.Diagnostics;
using Crm.Bench.Common;

namespace Crm.Bench.Workflows;

/// <summary>
/// The customers' activity history (calls, emails, meetings, notes): N per customer, written set-based in SQL (one
/// statement per round of one activity per customer) — they give the database its realistic size; the sweep selects on
/// the customer's LastActivityAt, which a CRM keeps up to date. Round 0 is the latest activity (at LastActivityAt);
/// the others lie before it.
/// </summary>
public static class ActivitySeeder
{
    private const string Recipe = """
        { "name": "bench-activities", "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "BenchActivity", "DisplayName": "Activity", "Settings": { "CrmTypeSettings": { "DisplayText": "{{ Kind }}" } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "BenchActivity", "Name": "BenchActivity" } ] } ],
          "ContentParts": [ { "Name": "BenchActivity", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Customer" },
            { "FieldName": "ChoiceField", "Name": "Kind", "Settings": { "ChoiceFieldSettings": {
              "Options": [ { "Value": "Call", "Label": "Call" }, { "Value": "Email", "Label": "Email" }, { "Value": "Meeting", "Label": "Meeting" }, { "Value": "Note", "Label": "Note" } ] } } },
            { "FieldName": "DateTimeField", "Name": "At" },
            { "FieldName": "TextField", "Name": "Subject" } ] } ] } ] }
        """;

    /// <returns>Activities written.</returns>
    public static async Task<long> SeedAsync(BenchHost host, int perCustomer, CancellationToken cancellationToken)
    {
        await new TenantWork(host).RunRecipeAsync(Recipe, cancellationToken);
        var last = new BenchCustomerSql(Core.Data.DatabaseProvider.Postgres).LastActivityAt.Replace("data", "c.data");
        long written = 0;
        for (var round = 0; round < perCustomer; round++)
        {
            var watch = Stopwatch.StartNew();
            // Round k: k * 17 days (plus a few hours that vary by customer) before the latest activity.
            var at = round == 0
                ? last
                : $"to_char(({last})::timestamptz AT TIME ZONE 'UTC' - make_interval(days => @round * 17, hours => (hashtext(c.id) & 63)), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
            written += await LongSql.ExecuteAsync(host,
                "INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) " +
                $"SELECT substr(md5(c.id || ':' || @round), 1, 26), 'BenchActivity', k.kind, c.owner, c.created_utc, c.created_utc, 1, NULL, " +
                $"jsonb_build_object('BenchActivity', jsonb_build_object('Customer', c.id, 'Kind', k.kind, 'At', {at}, " +
                "'Subject', k.kind || ' with ' || (c.data #>> '{BenchCustomer,Name}') || ' about ' || (c.data #>> '{BenchCustomer,Company}'))) " +
                "FROM content_items c CROSS JOIN LATERAL (SELECT (ARRAY['Call','Email','Meeting','Note'])[1 + ((hashtext(c.id) + @round) & 3)] AS kind) k " +
                $"WHERE c.content_type = '{BenchModel.Type}'",
                new Dictionary<string, object> { ["round"] = round }, cancellationToken);
            Console.Error.WriteLine($"  activities round {round + 1}/{perCustomer}: {written:N0} written ({watch.Elapsed.TotalSeconds:F1} s)");
        }
        return written;
    }
}
