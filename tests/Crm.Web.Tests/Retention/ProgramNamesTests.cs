using Crm.Retention.Models;

namespace Crm.Web.Tests.Retention;

/// <summary>Program names are ids typed in the designer; where the module has no translation the screens read them as words.</summary>
public sealed class ProgramNamesTests
{
    [Theory]
    [InlineData("FirstPurchaseThanks", "First purchase thanks")]
    [InlineData("DormantWakeUp", "Dormant wake up")]
    [InlineData("VIPWelcome", "VIP welcome")]
    [InlineData("win_back", "Win back")]
    [InlineData("Spring sale 2026", "Spring sale 2026")]
    [InlineData("HappyCalls2026", "Happy calls 2026")]
    [InlineData("봄맞이감사", "봄맞이감사")]
    public void An_id_is_read_as_words(string name, string words) => Assert.Equal(words, ProgramNames.Words(name));
}
