namespace Crm.Core.Content.Fields;

/// <summary>
/// Why a value is refused. <see cref="Template"/> is the English text with {0}-style placeholders; it is the
/// key of the translation, so screens show it in the user's language with the same arguments. An argument may itself
/// be a problem, or a list of them (shown joined by "; "), translated the same way: a refusal that lists its cases.
/// </summary>
public sealed record FieldProblem(string Template, params object[] Arguments)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, Render(p => p.Message));

    /// <summary>The message in the current UI language (pass an IStringLocalizer&lt;ContentText&gt;).</summary>
    public string Localize(Microsoft.Extensions.Localization.IStringLocalizer localizer) => localizer[Template, Render(p => p.Localize(localizer))].Value;

    public override string ToString() => Message;

    private object[] Render(Func<FieldProblem, string> text) => Arguments.Select(a => a switch
    {
        FieldProblem problem => text(problem),
        IEnumerable<FieldProblem> problems => string.Join("; ", problems.Select(text)),
        _ => a,
    }).ToArray();
}
