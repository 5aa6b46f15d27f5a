namespace Crm.Core.Content.Definitions;

/// <summary>Definitions that cannot be saved; nothing was changed.</summary>
public sealed class ContentDefinitionException(IReadOnlyList<ContentDefinitionError> errors)
    : Exception("The content definitions are not valid: " + string.Join("; ", errors))
{
    public IReadOnlyList<ContentDefinitionError> Errors { get; } = errors;
}
