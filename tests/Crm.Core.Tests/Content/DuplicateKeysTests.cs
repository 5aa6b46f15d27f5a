using Crm.Core.Content.Duplicates;

namespace Crm.Core.Tests.Content;

public sealed class DuplicateKeysTests
{
    [Theory]
    [InlineData("+82 10-1234-5678", "01012345678")]
    [InlineData("82-10-1234-5678", "01012345678")]
    [InlineData("010-1234-5678", "01012345678")]
    [InlineData("010 1234 5678", "01012345678")]
    [InlineData("+82 (0)10 1234 5678", "01012345678")]
    [InlineData("0082-10-1234-5678", "01012345678")]
    [InlineData("(02) 555-0100", "025550100")]
    [InlineData("02.555.0100", "025550100")]
    [InlineData("+82 2 555 0100", "025550100")]
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    public void Korean_and_international_phone_formats_reduce_to_one_key(string phone, string key) => Assert.Equal(key, DuplicateKeys.Phone(phone));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("12-34")]
    public void Too_short_or_empty_phones_have_no_key(string phone) => Assert.Null(DuplicateKeys.Phone(phone));

    [Fact]
    public void Different_numbers_stay_apart() => Assert.NotEqual(DuplicateKeys.Phone("010-1234-5678"), DuplicateKeys.Phone("010-1234-5679"));

    [Theory]
    [InlineData("  Buyer@Hanbit.CO.KR ", "buyer@hanbit.co.kr")]
    [InlineData("John.Doe+crm@GMail.com", "johndoe@gmail.com")]
    [InlineData("j.o.h.n.doe@googlemail.com", "johndoe@gmail.com")]
    [InlineData("john.doe+crm@example.com", "john.doe+crm@example.com")]
    public void Emails_are_trimmed_and_lower_cased_and_gmail_aliases_fold(string email, string key) => Assert.Equal(key, DuplicateKeys.Email(email));

    [Theory]
    [InlineData("(주) 한빛상사", "한빛상사")]
    [InlineData("㈜한빛상사", "한빛상사")]
    [InlineData("한빛 상사 주식회사", "한빛상사")]
    [InlineData("Acme Co., Ltd.", "acme")]
    [InlineData("ACME, Inc.", "acme")]
    [InlineData("Ａｃｍｅ Corp", "acme")]
    [InlineData("Inc", "inc")]
    public void Names_drop_case_spacing_punctuation_and_legal_forms(string name, string key) => Assert.Equal(key, DuplicateKeys.Name(name));

    [Fact]
    public void Exact_keys_ignore_case_and_compare_numbers_by_value()
    {
        Assert.Equal(DuplicateKeys.Exact(" Seoul "), DuplicateKeys.Exact("seoul"));
        Assert.Equal(DuplicateKeys.Exact(12.50m), DuplicateKeys.Exact(12.5d));
        Assert.Null(DuplicateKeys.Exact(" "));
    }
}
