namespace Crm.Core.Content.Definitions;

/// <param name="Path">Where in the definitions, e.g. "Customer.Settings.KanbanField" or "CustomerPart.Fields.Stage.Options".</param>
public sealed record ContentDefinitionError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
