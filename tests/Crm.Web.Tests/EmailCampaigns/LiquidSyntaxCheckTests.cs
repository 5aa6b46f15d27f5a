using Crm.Core.Templates;
using Crm.EmailCampaigns.Services;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>Where a Liquid template goes wrong, as a marketer needs to be told: the line and position of the offending tag or output.</summary>
public sealed class LiquidSyntaxCheckTests
{
    private static readonly LiquidSyntaxCheck Check = new(new LiquidTemplates());

    [Theory]
    [InlineData("Hello {{ customer.Name }}, {% if customer.Grade == 'VIP' %}thanks{% else %}hi{% endif %} {% raw %}{% nonsense {% endraw %}{% comment %}{% iff %}{% endcomment %}")]
    [InlineData("{% for tag in customer.Tags %}{{ tag | upcase }}{% endfor %}{% assign x = 1 %}{{ x }}")]
    [InlineData("")]
    public void A_valid_template_has_no_problem(string template) => Assert.Null(Check.Check(template));

    [Theory]
    [InlineData("Hi {{ customer.Name ", 1, 4, "'{{' is not closed with '}}'")]
    [InlineData("Hi\n{% if x %}\nyes", 2, 1, "'if' is never closed with 'endif'")]
    [InlineData("Hi\n\n  {% endif %}", 3, 3, "'endif' closes nothing")]
    [InlineData("{% if x %}{% for y in z %}{% endif %}{% endfor %}", 1, 27, "'endif' found where 'endfor' was expected")]
    [InlineData("ok\n{% else %}", 2, 1, "'else' outside an if, unless, case or for")]
    [InlineData("a {% raw %} never closed", 1, 3, "'raw' is never closed with 'endraw'")]
    [InlineData("x\ny {% if %}{% endif %}", 2, 3, null)]
    [InlineData("{{ customer.Name }}\n{% nosuchtag %}", 2, 1, null)]
    public void A_problem_names_its_line_and_position(string template, int line, int position, string? message)
    {
        var problem = Check.Check(template);
        Assert.NotNull(problem);
        Assert.Equal((line, position), (problem.Line, problem.Position));
        if (message is not null) Assert.Equal(message, problem.Message);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }
}
