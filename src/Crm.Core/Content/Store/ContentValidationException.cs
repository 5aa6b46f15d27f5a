namespace Crm.Core.Content.Store;

/// <summary>Values that cannot be stored; nothing was written. One error per offending field.</summary>
public sealed class ContentValidationException(string contentType, IReadOnlyList<ContentFieldError> errors)
    : Exception($"The {contentType} was not saved: " + string.Join("; ", errors))
{
    public string ContentType { get; } = contentType;
    public IReadOnlyList<ContentFieldError> Errors { get; } = errors;
}
