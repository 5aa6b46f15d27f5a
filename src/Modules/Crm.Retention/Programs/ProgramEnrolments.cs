using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Retention.Programs;

/// <summary>
/// Writes and reads <c>retention_enrolments</c>. An instance enrols a customer in a program once: a retried or resumed step
/// finds the row it wrote before (unique instance, program, customer) and gets that enrolment back.
/// </summary>
public sealed class ProgramEnrolments(TenantDb db)
{
    public async Task<Enrolment> EnrolAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var sql = "INSERT INTO retention_enrolments (id, program, customer_id, source_id, instance_id, enrolled_utc, holdout) " +
                  "VALUES (@Id, @Program, @CustomerId, @SourceId, @InstanceId, @enrolled, @Holdout) " +
                  "ON CONFLICT (instance_id, program, customer_id) DO NOTHING";
        await db.ExecuteAsync(sql, new
        {
            enrolment.Id, enrolment.Program, enrolment.CustomerId, enrolment.SourceId, enrolment.InstanceId,
            enrolled = DateTimeFieldKind.Canonical(enrolment.EnrolledUtc), enrolment.Holdout,
        }, cancellationToken);
        var stored = await db.QuerySingleOrDefaultAsync<Row>(
            "SELECT id AS Id, program AS Program, customer_id AS CustomerId, source_id AS SourceId, instance_id AS InstanceId, enrolled_utc AS EnrolledUtc, " +
            "CAST(CASE WHEN holdout THEN 1 ELSE 0 END AS BIGINT) AS Holdout " +
            "FROM retention_enrolments WHERE instance_id = @InstanceId AND program = @Program AND customer_id = @CustomerId",
            new { enrolment.InstanceId, enrolment.Program, enrolment.CustomerId }, cancellationToken);
        return stored!.ToEnrolment();
    }

    /// <summary>The names of the programs that have enrolled anyone, for the programs screen.</summary>
    public Task<IReadOnlyList<string>> ProgramsAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<string>("SELECT DISTINCT program FROM retention_enrolments", null, cancellationToken);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Program { get; set; } = "";
        public string CustomerId { get; set; } = "";
        public string? SourceId { get; set; }
        public string InstanceId { get; set; } = "";
        public string EnrolledUtc { get; set; } = "";
        public long Holdout { get; set; }

        public Enrolment ToEnrolment() => new(Id, Program, CustomerId, SourceId, InstanceId,
            DateTimeOffset.Parse(EnrolledUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal), Holdout != 0);
    }
}
