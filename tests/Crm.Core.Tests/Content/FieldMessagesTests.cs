using System.Globalization;
using System.Resources;
using Crm.Core.Content;
using Crm.Core.Content.Fields;

namespace Crm.Core.Tests.Content;

public sealed class FieldMessagesTests
{
    private static readonly ResourceManager Korean = new("Crm.Core.Resources.Content.ContentText", typeof(ContentText).Assembly);

    [Fact]
    public void Every_reason_a_value_is_refused_reads_in_Korean_too()
    {
        var korean = CultureInfo.GetCultureInfo("ko-KR");
        var missing = FieldMessages.All.Where(m => Korean.GetString(m, korean) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void A_korean_message_keeps_the_arguments_of_the_english_one()
    {
        var korean = CultureInfo.GetCultureInfo("ko-KR");
        foreach (var message in FieldMessages.All)
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(message, @"\{\d\}").Select(m => m.Value).Order();
            var translated = System.Text.RegularExpressions.Regex.Matches(Korean.GetString(message, korean)!, @"\{\d\}").Select(m => m.Value).Order();
            Assert.Equal(placeholders, translated);
        }
    }
}
