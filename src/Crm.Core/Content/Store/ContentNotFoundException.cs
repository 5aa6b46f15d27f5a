namespace Crm.Core.Content.Store;

public sealed class ContentNotFoundException(string id) : Exception($"No item with id '{id}'.")
{
    public string Id { get; } = id;
}
