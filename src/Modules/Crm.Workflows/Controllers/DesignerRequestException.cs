namespace Crm.Workflows.Controllers;

/// <summary>A designer request whose body cannot be read; answered with 400 and the message.</summary>
internal sealed class DesignerRequestException(string message) : Exception(message);
