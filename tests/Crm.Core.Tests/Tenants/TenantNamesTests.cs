using Crm.Core.Tenants;

namespace Crm.Core.Tests.Tenants;

public sealed class TenantNamesTests
{
    [Theory]
    [InlineData("acme", null)]
    [InlineData("Acme2", null)]
    [InlineData("", "Name is required.")]
    [InlineData("2acme", "must start with a letter")]
    [InlineData("ac-me", "must start with a letter")]
    [InlineData("a_b", "must start with a letter")]
    public void Tenant_names_are_letters_and_digits(string name, string? error)
    {
        var result = TenantNames.NameError(name);
        if (error is null) Assert.Null(result);
        else Assert.Contains(error, result);
    }

    [Theory]
    [InlineData("acme-kr", null)]
    [InlineData("", null)]
    [InlineData("Acme", "must be lowercase")]
    [InlineData("admin", "is reserved")]
    [InlineData("health", "is reserved")]
    [InlineData("a/b", "must be lowercase")]
    public void Url_prefixes_are_lowercase_and_not_reserved(string prefix, string? error)
    {
        var result = TenantNames.PrefixError(prefix);
        if (error is null) Assert.Null(result);
        else Assert.Contains(error, result);
    }

    [Theory]
    [InlineData("crm.acme.example", true)]
    [InlineData("localhost:5000", true)]
    [InlineData("bad host", false)]
    [InlineData("-acme.example", false)]
    public void Host_names_are_checked(string host, bool valid) => Assert.Equal(valid, TenantNames.HostNameError(host) is null);

    [Fact]
    public void A_tenant_schema_is_named_after_the_tenant() => Assert.Equal("tenant_acme", TenantNames.SchemaFor("Acme"));
}
