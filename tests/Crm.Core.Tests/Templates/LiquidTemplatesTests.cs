using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Templates;

namespace Crm.Core.Tests.Templates;

public sealed class LiquidTemplatesTests
{
    private readonly LiquidTemplates _liquid = new();

    private static ContentItem Customer() => new()
    {
        Id = "01JCUSTOMER0000000000000001",
        ContentType = "Customer",
        DisplayText = "Acme Corp",
        Version = 3,
        CreatedUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Data = JsonNode.Parse("""{ "Customer": { "Name": "Acme Corp", "Stage": "Prospect", "Tags": ["vip", "seoul"], "Revenue": 1250.5, "Employees": 40 } }""")!.AsObject(),
    };

    [Fact]
    public void Content_item_fields_metadata_and_parts_are_usable_by_name()
    {
        var text = _liquid.Render("{{ Customer.Name }} ({{ Customer.Stage | downcase }}) #{{ Customer.Version }} {{ Customer.Customer.Employees | plus: 2 }} {{ Customer.Tags | join: '/' }}",
            new Dictionary<string, object?> { ["Customer"] = Customer() });

        Assert.Equal("Acme Corp (prospect) #3 42 vip/seoul", text);
    }

    [Fact]
    public void Json_values_loops_conditions_and_filters_render()
    {
        var model = new Dictionary<string, object?>
        {
            ["Order"] = JsonNode.Parse("""{ "Lines": [ { "Sku": "A-1", "Qty": 2 }, { "Sku": "B-7", "Qty": 1 } ], "Paid": true, "PlacedAt": "2026-11-22T09:30:00.0000000Z" }"""),
            ["Name"] = "kim",
        };

        var text = _liquid.Render(
            "{{ Name | capitalize }}: {% for line in Order.Lines %}{{ line.Sku }}x{{ line.Qty }}{% unless forloop.last %}, {% endunless %}{% endfor %}" +
            "{% if Order.Paid %} paid{% endif %} on {{ Order.PlacedAt | date: '%Y-%m-%d' }}; {{ Order.Lines | size }} lines", model);

        Assert.Equal("Kim: A-1x2, B-7x1 paid on 2026-11-22; 2 lines", text);
    }

    [Fact]
    public void Missing_values_render_as_nothing()
    {
        var text = _liquid.Render("Hi {{ Customer.Nickname }}{{ Nobody.At.All }}!{% if Customer.Missing %} never{% endif %}",
            new Dictionary<string, object?> { ["Customer"] = Customer(), ["Empty"] = null });

        Assert.Equal("Hi !", text);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_a_clear_message_and_rendering_it_throws_the_same()
    {
        var unclosedTag = _liquid.Error("{% if Customer.Name %}no end");
        var unclosedOutput = _liquid.Error("Hello {{ Customer.Name ");

        Assert.NotNull(unclosedTag);
        Assert.Contains("if", unclosedTag);
        Assert.Contains("never closed", unclosedTag);
        Assert.Contains("was not properly terminated", unclosedOutput);
        Assert.Null(_liquid.Error("{{ Customer.Name | upcase }}"));
        var thrown = Assert.Throws<TemplateException>(() => _liquid.Render("{% if Customer.Name %}no end", new Dictionary<string, object?>()));
        Assert.Equal(unclosedTag, thrown.Message);
        Assert.StartsWith("Liquid error:", Assert.Throws<TemplateException>(() => _liquid.Render("{{ 5 | divided_by: 0 }}", new Dictionary<string, object?>())).Message);
    }

    [Fact]
    public void Plain_objects_and_dictionaries_go_through_their_json_form()
    {
        var text = _liquid.Render("{{ Person.Name }} {{ Person.Birthday | date: '%m/%d' }} {{ Options.Mode }} {{ Count }}",
            new Dictionary<string, object?>
            {
                ["Person"] = new { Name = "Lee", Birthday = new DateTime(1990, 5, 17) },
                ["Options"] = new Dictionary<string, string> { ["Mode"] = "fast" },
                ["Count"] = 3,
            });

        Assert.Equal("Lee 05/17 fast 3", text);
    }
}
