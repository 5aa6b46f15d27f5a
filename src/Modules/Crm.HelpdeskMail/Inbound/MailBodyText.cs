using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>
/// A message's body as text for a ticket: the text part when there is one, else the HTML part reduced to its text (scripts,
/// styles and markup dropped, block elements as line breaks), so nothing of the sender's HTML reaches a staff screen.
/// </summary>
public static class MailBodyText
{
    public const int MaxLength = 20_000;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template", "noscript" };
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr",
    };

    public static string Of(MimeMessage message)
    {
        var text = message.TextBody is { Length: > 0 } plain ? plain : message.HtmlBody is { Length: > 0 } html ? FromHtml(html) : "";
        text = string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
        while (text.Contains("\n\n\n", StringComparison.Ordinal)) text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new System.Text.StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return text.ToString();
    }

    private static void Append(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                if (Dropped.Contains(element.LocalName)) continue;
                var block = Blocks.Contains(element.LocalName);
                if (block) text.Append('\n');
                Append(element, text);
                if (block && element.LocalName is not "br") text.Append('\n');
            }
            else if (child.NodeType == NodeType.Text)
            {
                text.Append(System.Text.RegularExpressions.Regex.Replace(child.TextContent, @"[ \t\r\n\f]+", " "));
            }
        }
    }
}
