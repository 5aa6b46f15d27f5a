using System.Globalization;

namespace Crm.Campaigns.Services;

/// <summary>The campaign's audience cannot be added. <see cref="Template"/> is the English text and the translation key.</summary>
public sealed class AudienceException(string template, params object[] arguments) : Exception(string.Format(CultureInfo.InvariantCulture, template, arguments))
{
    public string Template { get; } = template;

    public object[] Arguments { get; } = arguments;
}
