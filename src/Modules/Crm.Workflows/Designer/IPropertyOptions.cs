namespace Crm.Workflows.Designer;

/// <summary>
/// An activity whose Choice properties take their options from the tenant (the roles a Notify may address) rather than from a
/// fixed list in its descriptor; the designer asks for them when it builds the property panel.
/// </summary>
public interface IPropertyOptions
{
    Task<IReadOnlyList<string>> OptionsAsync(string property, IServiceProvider services, CancellationToken cancellationToken);
}
