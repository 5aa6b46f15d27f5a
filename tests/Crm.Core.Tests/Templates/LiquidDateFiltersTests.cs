using Crm.Core.Templates;

namespace Crm.Core.Tests.Templates;

/// <summary>add_days / add_months / add_years: calendar arithmetic on stored dates and date-times, answered in the canonical UTC form.</summary>
public sealed class LiquidDateFiltersTests
{
    private readonly LiquidTemplates _liquid = new();

    private string Render(string template, object? at) => _liquid.Render(template, new Dictionary<string, object?> { ["at"] = at });

    [Fact]
    public void Days_months_and_years_are_added_on_the_calendar()
    {
        Assert.Equal("2026-11-26T00:00:00.0000000Z", Render("{{ at | add_days: 3 }}", "2026-11-23T00:00:00.0000000Z"));
        Assert.Equal("2026-12-23T09:30:00.0000000Z", Render("{{ at | add_months: 1 }}", "2026-11-23T09:30:00.0000000Z"));
        Assert.Equal("2027-02-28T00:00:00.0000000Z", Render("{{ at | add_months: 1 }}", "2027-01-31T00:00:00.0000000Z")); // no 31 February
        Assert.Equal("2029-02-28T00:00:00.0000000Z", Render("{{ at | add_years: 1 }}", "2028-02-29")); // a date is midnight UTC
        Assert.Equal("2026-11-22T15:00:00.0000000Z", Render("{{ at | add_days: -1 }}", "2026-11-24T00:00:00+09:00"));
    }

    [Fact]
    public void Empty_input_renders_nothing_and_bad_input_names_the_filter()
    {
        Assert.Equal("", Render("{{ at | add_days: 3 }}", null));
        Assert.Equal("", Render("{{ at | add_days: 3 }}", ""));
        Assert.Contains("add_months: 'soon' is not a date or date-time.", Assert.Throws<TemplateException>(() => Render("{{ at | add_months: 1 }}", "soon")).Message);
        Assert.Contains("add_days: 'x' is not a whole number.", Assert.Throws<TemplateException>(() => Render("{{ at | add_days: 'x' }}", "2026-11-23")).Message);
    }
}
