using Crm.Core.Data;

namespace Crm.Core.Tests.Data;

public sealed class SqlIdentifierTests
{
    [Theory]
    [InlineData("LastActivityAt")]
    [InlineData("stage_2")]
    public void Safe_identifiers_are_quoted(string identifier) => Assert.Equal($"\"{identifier}\"", SqlIdentifier.Quote(identifier));

    [Theory]
    [InlineData("x\"; DROP TABLE users; --")]
    [InlineData("1abc")]
    [InlineData("")]
    [InlineData("a b")]
    public void Anything_else_is_refused(string identifier) => Assert.Throws<ArgumentException>(() => SqlIdentifier.Quote(identifier));

    [Fact]
    public void Json_property_access_differs_per_dialect()
    {
        Assert.Equal("json_extract(\"data\", '$.Stage')", SqliteDialect.Instance.JsonText("data", "Stage"));
        Assert.Equal("(\"data\"->>'Stage')", PostgresDialect.Instance.JsonText("data", "Stage"));
        Assert.Throws<ArgumentException>(() => PostgresDialect.Instance.JsonText("data", "x' OR 1=1 --"));
    }
}
