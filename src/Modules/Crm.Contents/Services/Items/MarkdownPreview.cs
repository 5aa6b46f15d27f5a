using Ganss.Xss;
using Markdig;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Renders Markdown the way a form's preview shows it. Markdown lets raw HTML through, so the result is always
/// sanitised before it reaches a page.
/// </summary>
public sealed class MarkdownPreview
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // HtmlSanitizer is thread-safe once configured, so one instance serves every request.
    private static readonly HtmlSanitizer Sanitizer = new();

    public string ToSafeHtml(string? markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));
}
