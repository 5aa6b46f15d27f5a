namespace Crm.Core.Templates;

/// <summary>A template that does not parse or cannot be rendered; the message says what is wrong and where.</summary>
public sealed class TemplateException(string message, Exception? innerException = null) : Exception(message, innerException);
