using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Core.Settings;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// Customer satisfaction per agent (who resolved the ticket) and month the answer came (in the tenant's time zone): responses, the average score
/// and the share of 4s and 5s (satisfied). One grouped statement over the answered surveys of the months asked for.
/// </summary>
public sealed class CsatReport(TenantDb db, IUserDirectory users, TenantTimeZone timeZone, TimeProvider clock)
{
    public const int DefaultMonths = 6;
    public const int MaxMonths = 24;

    public async Task<IReadOnlyList<CsatRow>> BuildAsync(int months, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        var today = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var firstMonth = new DateTime(today.Year, today.Month, 1).AddMonths(1 - months);
        var from = new DateTimeOffset(firstMonth, zone.GetUtcOffset(firstMonth));
        var month = $"SUBSTR({db.Dialect.LocalDate("answered_utc", "zone")}, 1, 7)";
        var rows = await db.QueryAsync<Row>(
            $"""
            SELECT {month} AS Month, agent_id AS AgentId, COUNT(*) AS Responses, SUM(score) AS Total,
                   SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) AS Satisfied
            FROM helpdesk_surveys WHERE answered_utc >= @from
            GROUP BY {month}, agent_id
            """, new { from = DateTimeFieldKind.Canonical(from), zone = zone.Id }, cancellationToken);
        var names = await users.NamesAsync(rows.Select(r => r.AgentId).OfType<string>().Distinct(), cancellationToken);
        return rows.Select(r => new CsatRow(r.Month, r.AgentId, r.AgentId is null ? null : names.GetValueOrDefault(r.AgentId), (int)r.Responses,
                Math.Round((double)r.Total / r.Responses, 2), Math.Round(100.0 * r.Satisfied / r.Responses, 1)))
            .OrderByDescending(r => r.Month).ThenBy(r => r.Agent ?? "\uffff", StringComparer.CurrentCulture).ToList();
    }

    private sealed class Row
    {
        public string Month { get; set; } = "";
        public string? AgentId { get; set; }
        public long Responses { get; set; }
        public long Total { get; set; }
        public long Satisfied { get; set; }
    }
}
