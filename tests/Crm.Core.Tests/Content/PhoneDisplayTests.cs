using Crm.Core.Content.Fields;

namespace Crm.Core.Tests.Content;

public sealed class PhoneDisplayTests
{
    [Theory]
    [InlineData("01012345678", "010-1234-5678")]
    [InlineData("+82 10 1234 5678", "010-1234-5678")]
    [InlineData("0082-10-1234-5678", "010-1234-5678")]
    [InlineData("011-234-5678", "011-234-5678")]
    [InlineData("(02) 555 0100", "02-555-0100")]
    [InlineData("02.5550.0100", "02-5550-0100")]
    [InlineData("0311234567", "031-123-4567")]
    [InlineData("1588 1234", "1588-1234")]
    [InlineData("+1 415 555 0100", "+1 415 555 0100")]
    [InlineData("12345", "12345")]
    public void Korean_numbers_are_shown_the_way_people_write_them(string stored, string shown) =>
        Assert.Equal(shown, PhoneDisplay.Format(stored));
}
