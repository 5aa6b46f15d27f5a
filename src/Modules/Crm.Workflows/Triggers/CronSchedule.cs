using Cronos;

namespace Crm.Workflows.Triggers;

/// <summary>Cron expressions (Cronos) as the Cron and Sweep triggers use them.</summary>
public static class CronSchedule
{
    public static string? ParseError(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return "A cron expression is required.";
        try
        {
            Parse(expression);
            return null;
        }
        catch (CronFormatException e)
        {
            return $"'{expression}' is not a cron expression: {e.Message}";
        }
    }

    public static DateTimeOffset? Next(string? expression, string? zoneId, DateTimeOffset after, TimeZoneInfo tenantZone)
    {
        if (string.IsNullOrWhiteSpace(expression) || ParseError(expression) is not null) return null;
        var zone = zoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var named) ? named : tenantZone;
        return Parse(expression).GetNextOccurrence(after, zone);
    }

    private static CronExpression Parse(string expression) =>
        CronExpression.Parse(expression.Trim(), expression.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
}
