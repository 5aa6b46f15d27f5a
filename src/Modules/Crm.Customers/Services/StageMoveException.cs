using System.Globalization;

namespace Crm.Customers.Services;

/// <summary>A stage move refused before anything is written. <see cref="Template"/> is the English text, the key of its translation.</summary>
public sealed class StageMoveException(string template, params object[] arguments)
    : Exception(string.Format(CultureInfo.InvariantCulture, template, arguments))
{
    public const string ReasonRequired = "Say why the stage changes.";
    public const string ReasonTooLong = "The reason must be at most {0} characters.";
    public const string SameStage = "The customer is already in stage {0}.";

    public string Template { get; } = template;
    public object[] Arguments { get; } = arguments;
}
