namespace Crm.Retention.Programs;

/// <summary>A program's settings could not be saved; <see cref="Template"/> is the English text (the translation key).</summary>
public sealed class ProgramSettingsException(string template, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments))
{
    public string Template { get; } = template;
    public object[] Arguments { get; } = arguments;
}
