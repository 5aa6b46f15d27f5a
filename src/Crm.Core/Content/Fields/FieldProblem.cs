namespace Crm.Core.Content.Fields;

/// <summary>
/// Why a value is refused. <see cref="Template"/> is the English text with {0}-style placeholders; it is the
/// key of the translation, so screens show it in the user's language with the same arguments.
/// </summary>
public sealed record FieldProblem(string Template, params object[] Arguments)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, Arguments);

    /// <summary>The message in the current UI language (pass an IStringLocalizer&lt;ContentText&gt;).</summary>
    public string Localize(Microsoft.Extensions.Localization.IStringLocalizer localizer) => localizer[Template, Arguments].Value;

    public override string ToString() => Message;
}
