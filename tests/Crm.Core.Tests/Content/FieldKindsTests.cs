using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Tests.Content;

public sealed class FieldKindsTests
{
    private static readonly FieldKinds Kinds = new(FieldKinds.BuiltIn);

    private static FieldResult Normalize(string kind, string json, FieldSettings? settings = null) =>
        Kinds.Get(kind).Normalize(JsonNode.Parse(json)!, settings ?? new FieldSettings());

    [Theory]
    [InlineData("Text", "\"  Kim  \"", "\"Kim\"")]
    [InlineData("Number", "12.50", "12.50")]
    [InlineData("Boolean", "true", "true")]
    [InlineData("Date", "\"2026-11-22\"", "\"2026-11-22\"")]
    [InlineData("DateTime", "\"2026-11-22T13:05:00+09:00\"", "\"2026-11-22T04:05:00.0000000Z\"")]
    [InlineData("Email", "\"kim@example.co.kr\"", "\"kim@example.co.kr\"")]
    [InlineData("Phone", "\"010-1234-5678\"", "\"010-1234-5678\"")]
    [InlineData("Phone", "\"+82 2 555 0100\"", "\"+82 2 555 0100\"")]
    [InlineData("Link", "\"https://example.com/a?b=1\"", "\"https://example.com/a?b=1\"")]
    [InlineData("Tags", "[\" vip \", \"VIP\", \"gold\"]", "[\"vip\",\"gold\"]")]
    [InlineData("UserPicker", "\"01jd0000000000000000000000\"", "\"01JD0000000000000000000000\"")]
    [InlineData("Html", "\"<p onclick=\\\"x()\\\">Hi<script>alert(1)</script></p>\"", "\"<p>Hi</p>\"")]
    public void Values_are_stored_in_canonical_form(string kind, string input, string canonical)
    {
        var result = Normalize(kind, input);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(canonical, result.Value!.ToJsonString(Crm.Core.Content.ContentJson.Options));
    }

    [Theory]
    [InlineData("Text", "12", "must be text")]
    [InlineData("Number", "\"twelve\"", "must be a number")]
    [InlineData("Boolean", "\"yes\"", "must be true or false")]
    [InlineData("Date", "\"22/11/2026\"", "yyyy-MM-dd")]
    [InlineData("DateTime", "\"2026-11-22T13:05:00\"", "time zone")]
    [InlineData("Email", "\"kim@\"", "is not an e-mail address")]
    [InlineData("Phone", "\"call me\"", "is not a phone number")]
    [InlineData("Link", "\"javascript:alert(1)\"", "http:// or https://")]
    [InlineData("ContentPicker", "\"42\"", "is not an item id")]
    [InlineData("Money", "{\"Amount\": 10, \"Currency\": \"won\"}", "currency")]
    public void Wrong_values_are_refused_with_a_reason(string kind, string input, string reason)
    {
        var settings = new FieldSettings { RelatedTypes = ["Customer"], Currency = "KRW" };
        var result = Normalize(kind, input, settings);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Problem!.Message);
    }

    [Fact]
    public void Numbers_respect_min_and_max()
    {
        var settings = new FieldSettings { Min = 0, Max = 100 };
        Assert.Contains("at least 0", Normalize("Number", "-1", settings).Problem!.Message);
        Assert.Contains("at most 100", Normalize("Number", "101", settings).Problem!.Message);
        Assert.True(Normalize("Number", "100", settings).IsValid);
    }

    [Fact]
    public void Text_respects_length_and_pattern()
    {
        var settings = new FieldSettings { MaxLength = 5, Pattern = "[A-Z]+" };
        Assert.Contains("at most 5", Normalize("Text", "\"ABCDEF\"", settings).Problem!.Message);
        Assert.Contains("format", Normalize("Text", "\"abc\"", settings).Problem!.Message);
        Assert.True(Normalize("Text", "\"ABC\"", settings).IsValid);
    }

    [Fact]
    public void Choices_accept_only_their_options_and_keep_the_option_spelling()
    {
        var single = new FieldSettings { Options = [new("Target", "Target"), new("Prospect", "Prospect")] };
        Assert.Equal("\"Prospect\"", Normalize("Choice", "\"prospect\"", single).Value!.ToJsonString());
        Assert.Contains("is not one of the options (Target, Prospect)", Normalize("Choice", "\"Lead\"", single).Problem!.Message);
        Assert.False(Normalize("Choice", "[\"Target\"]", single).IsValid);

        var multiple = single with { Multiple = true };
        Assert.Equal("[\"Target\",\"Prospect\"]", Normalize("Choice", "[\"Target\", \"prospect\", \"Target\"]", multiple).Value!.ToJsonString());
    }

    [Fact]
    public void Money_takes_the_default_currency_for_a_bare_amount()
    {
        var result = Normalize("Money", "120000", new FieldSettings { Currency = "KRW" });
        Assert.Equal("{\"Amount\":120000,\"Currency\":\"KRW\"}", result.Value!.ToJsonString());
        Assert.Contains("needs a currency", Normalize("Money", "5", new FieldSettings()).Problem!.Message);
    }

    [Fact]
    public void Orchard_field_names_find_the_same_kinds()
    {
        Assert.Same(Kinds.Get("Text"), Kinds.Get("TextField"));
        Assert.Null(Kinds.Find("Hologram"));
    }

    [Fact]
    public void Date_times_sort_as_text_in_time_order()
    {
        var early = Normalize("DateTime", "\"2026-11-22T23:59:59+09:00\"").Value!.GetValue<string>();
        var late = Normalize("DateTime", "\"2026-11-22T15:00:00Z\"").Value!.GetValue<string>();
        Assert.True(string.CompareOrdinal(early, late) < 0);
    }

    [Fact]
    public void Numbers_built_in_code_are_numbers_too()
    {
        Assert.True(Kinds.Get("Number").Normalize(JsonValue.Create(5), new FieldSettings()).IsValid);
        Assert.True(Kinds.Get("Number").Normalize(JsonValue.Create(2.5), new FieldSettings()).IsValid);
        Assert.True(Kinds.Get("Money").Normalize(new JsonObject { ["Amount"] = 1000L, ["Currency"] = "KRW" }, new FieldSettings()).IsValid);
    }
}
