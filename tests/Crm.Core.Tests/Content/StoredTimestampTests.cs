using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;

namespace Crm.Core.Tests.Content;

public sealed class StoredTimestampTests
{
    [Theory]
    [InlineData("2026-11-22T09:00:00.0000000Z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("0001-01-01T00:00:00.0000001Z")]
    public void The_canonical_form_reads_back_the_instant_it_was_written_from(string text)
    {
        var instant = ContentManager.Parse(text);

        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(text, DateTimeFieldKind.Canonical(instant));
        Assert.Equal(DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2026-11-22T09:00:00Z", "2026-11-22T09:00:00.0000000Z")]
    [InlineData("2026-11-22T18:00:00+09:00", "2026-11-22T09:00:00.0000000Z")]
    [InlineData("2026-11-22 09:00:00", "2026-11-22T09:00:00.0000000Z")]
    public void Other_ISO_8601_forms_still_read_as_UTC_unless_they_say_otherwise(string text, string canonical) =>
        Assert.Equal(canonical, DateTimeFieldKind.Canonical(ContentManager.Parse(text)));

    [Theory]
    [InlineData("2026-02-30T09:00:00.0000000Z")]
    [InlineData("2026-11-22T24:00:00.0000000Z")]
    [InlineData("2026-1a-22T09:00:00.0000000Z")]
    public void Impossible_dates_in_the_canonical_shape_are_refused_as_before(string text) =>
        Assert.Throws<FormatException>(() => ContentManager.Parse(text));
}
