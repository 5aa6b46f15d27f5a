using System.Text.RegularExpressions;
using Crm.Core.Templates;

namespace Crm.EmailCampaigns.Services;

/// <summary>
/// Finds where a Liquid template goes wrong. DotLiquid says what is wrong but not where, so each tag and output is checked
/// on its own (a block tag with its end added) while the open blocks are tracked; the first one that fails is reported
/// with its line and position, with DotLiquid's own message.
/// </summary>
public sealed partial class LiquidSyntaxCheck(LiquidTemplates liquid)
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal) { "if", "unless", "case", "for", "tablerow", "capture", "ifchanged" };
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal) { "raw", "comment" };

    /// <returns>The first problem of the template, or null when it parses.</returns>
    public LiquidProblem? Check(string template)
    {
        if (liquid.Error(template) is not { } whole) return null;
        return Locate(template) ?? new LiquidProblem(0, 0, whole);
    }

    private LiquidProblem? Locate(string template)
    {
        var open = new Stack<(string Name, int At)>();
        var at = 0;
        while (NextMarkup(template, at) is var start && start >= 0)
        {
            var isTag = template[start + 1] == '%';
            var close = template.IndexOf(isTag ? "%}" : "}}", start + 2, StringComparison.Ordinal);
            if (close < 0) return Problem(template, start, isTag ? "'{%' is not closed with '%}'" : "'{{' is not closed with '}}'");
            var token = template[start..(close + 2)];
            at = close + 2;
            if (!isTag)
            {
                if (liquid.Error(token) is { } error) return Problem(template, start, error);
                continue;
            }
            var name = TagName().Match(token).Groups[1].Value;
            if (Verbatim.Contains(name))
            {
                var end = new Regex($@"\{{%-?\s*end{name}\s*-?%\}}").Match(template, at);
                if (!end.Success) return Problem(template, start, $"'{name}' is never closed with 'end{name}'");
                at = end.Index + end.Length;
            }
            else if (name.StartsWith("end", StringComparison.Ordinal))
            {
                var opened = name[3..];
                if (open.Count == 0) return Problem(template, start, $"'{name}' closes nothing");
                if (open.Peek().Name != opened) return Problem(template, start, $"'{name}' found where 'end{open.Peek().Name}' was expected");
                open.Pop();
            }
            else if (name is "else" or "elsif" or "when")
            {
                if (open.Count == 0 || open.Peek().Name is not ("if" or "unless" or "case" or "for")) return Problem(template, start, $"'{name}' outside an if, unless, case or for");
            }
            else if (Blocks.Contains(name))
            {
                if (liquid.Error(token + "{% end" + name + " %}") is { } error) return Problem(template, start, error);
                open.Push((name, start));
            }
            else if (liquid.Error(token) is { } error)
            {
                return Problem(template, start, error);
            }
        }
        return open.Count > 0 ? Problem(template, open.Peek().At, $"'{open.Peek().Name}' is never closed with 'end{open.Peek().Name}'") : null;
    }

    private static int NextMarkup(string template, int from)
    {
        var output = template.IndexOf("{{", from, StringComparison.Ordinal);
        var tag = template.IndexOf("{%", from, StringComparison.Ordinal);
        return output < 0 ? tag : tag < 0 ? output : Math.Min(output, tag);
    }

    private static LiquidProblem Problem(string template, int offset, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (template[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new LiquidProblem(line, offset - lineStart + 1, message);
    }

    [GeneratedRegex(@"^\{%-?\s*(\w*)")]
    private static partial Regex TagName();
}
