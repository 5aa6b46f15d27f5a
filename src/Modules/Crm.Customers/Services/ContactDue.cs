using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.Customers.Models;

namespace Crm.Customers.Services;

/// <summary>A customer's next-contact date: its last activity (or, never contacted, its creation) plus the recency rule of its stage and grade.</summary>
public static class ContactDue
{
    /// <returns>The canonical DateTime text, or null when the stage and grade are not tracked.</returns>
    public static string? For(RecencyRules rules, string? stage, string? grade, string? lastActivityAt, DateTimeOffset createdUtc)
    {
        if (rules.DaysFor(stage, grade) is not { } days) return null;
        var since = lastActivityAt is not null && DateTimeOffset.TryParse(lastActivityAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var last)
            ? last
            : createdUtc;
        return DateTimeFieldKind.Canonical(since.AddDays(days));
    }
}
